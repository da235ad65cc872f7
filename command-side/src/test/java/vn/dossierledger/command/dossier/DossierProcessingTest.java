package vn.dossierledger.command.dossier;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.command.dossier.DossierTestSupport.History;
import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.OpinionRecordedEvent;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.command.ReceiveSupplementCommand;
import vn.dossierledger.events.dossier.command.RecordOpinionCommand;
import vn.dossierledger.events.dossier.command.RequestSupplementCommand;
import vn.dossierledger.events.dossier.command.TransferDossierCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.LEGAL_BASIS;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.OVERRIDE_REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.STATUTORY_CLOCK;
import static vn.dossierledger.command.dossier.DossierTestSupport.actor;
import static vn.dossierledger.command.dossier.DossierTestSupport.documents;
import static vn.dossierledger.command.dossier.DossierTestSupport.history;
import static vn.dossierledger.command.dossier.DossierTestSupport.holder;
import static vn.dossierledger.command.dossier.DossierTestSupport.items;
import static vn.dossierledger.command.dossier.DossierTestSupport.violationOf;

/** Transfers, opinions and processing-stage supplements. */
class DossierProcessingTest {

	private static final Scenario BIRTH = Scenario.BIRTH;

	private final DossierTestSupport support = new DossierTestSupport();

	private static TransferDossierCommand transfer(String by, String to, String step) {
		return new TransferDossierCommand(DOSSIER_ID, null, by, to, step);
	}

	private static RequestSupplementCommand supplement(String by, String approvedBy, String legalBasis,
			String override) {
		return new RequestSupplementCommand(DOSSIER_ID, null, by, items("TO_KHAI"), REASON, legalBasis, approvedBy,
				override);
	}

	private static RequestSupplementCommand supplement(String override) {
		return supplement(BIRTH.specialist(), BIRTH.leader(), LEGAL_BASIS, override);
	}

	// ---- Transfer

	@Test
	void transfersAReceivedDossierFromTheDeskToACompetentSpecialist() {
		History history = history(BIRTH).submitted().received();
		Instant stepDeadline = STATUTORY_CLOCK.addWorkingMinutes(NOW, 3 * 60);
		assertThat(stepDeadline).isBefore(history.dueAt());
		Holder desk = new Holder(BIRTH.desk(), "hn-phk-1c", "hn-phk");
		this.support.given(history)
			.when(transfer(BIRTH.desk(), BIRTH.specialist(), "THAM_DINH"))
			.expectEvents(new DossierTransferredEvent(DOSSIER_ID, desk, holder(BIRTH.specialist()), "THAM_DINH",
					stepDeadline, actor(BIRTH.desk(), Role.RECEIVING_OFFICER), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 2, DossierStatus.IN_PROCESSING));
	}

	@Test
	void capsTheStepDeadlineAtTheDossiersDueDate() {
		History history = history(BIRTH).inProcessing();
		Instant lateInTheDay = history.dueAt().minusSeconds(3600);
		this.support.givenAt(lateInTheDay, history)
			.when(transfer(BIRTH.specialist(), BIRTH.leader(), "TRINH_KY"))
			.expectEvents(new DossierTransferredEvent(DOSSIER_ID, holder(BIRTH.specialist()), holder(BIRTH.leader()),
					"TRINH_KY", history.dueAt(), actor(BIRTH.specialist(), Role.SPECIALIST), lateInTheDay));
	}

	@Test
	void letsTheLeaderOfTheHoldersUnitMoveTheDossierOn() {
		this.support.given(history(BIRTH).inProcessing())
			.when(transfer(BIRTH.leader(), "hn-phk-cv-02", "THAM_DINH"))
			.expectEventsMatching(DossierEventMatchers.singleEvent(DossierTransferredEvent.class,
					(event) -> event.actor().equals(actor(BIRTH.leader(), Role.APPROVING_LEADER))
							&& event.to().equals(holder("hn-phk-cv-02"))));
	}

	@Test
	void transfersToACooperatingAgencyForVerification() {
		Scenario scenario = Scenario.CRIMINAL_RECORD;
		this.support.given(history(scenario).inProcessing())
			.when(transfer(scenario.specialist(), "hnca-hs-cv-01", "TRA_CUU_XAC_MINH"))
			.expectEventsMatching(DossierEventMatchers.singleEvent(DossierTransferredEvent.class,
					(event) -> event.to().equals(new Holder("hnca-hs-cv-01", "hn-ca-hsnv", "hn-ca"))));
	}

	@Test
	void rejectsATransferByAnOfficerWhoDoesNotHoldTheDossier() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				transfer("hn-phk-cv-02", BIRTH.leader(), "TRINH_KY"), DossierRule.HOLDER_ONLY);
	}

	@Test
	void rejectsATransferByALeaderOfAnotherUnit() {
		this.support.expectViolation(history(Scenario.CRIMINAL_RECORD).inProcessing(),
				transfer("hnca-ld-01", "hn-tp-ld-01", "TRINH_KY"), DossierRule.HOLDER_ONLY);
	}

	@Test
	void rejectsATransferToAUnitThatIsNotCompetentForTheProcedure() {
		this.support.expectViolation(history(BIRTH).submitted().received(),
				transfer(BIRTH.desk(), "hn-tp-cv-01", "THAM_DINH"), DossierRule.COMPETENT_UNIT_ONLY);
	}

	@Test
	void rejectsATransferToAnOfficerWhoDoesNotPerformTheStep() {
		this.support.expectViolation(history(BIRTH).submitted().received(),
				transfer(BIRTH.desk(), BIRTH.clerk(), "THAM_DINH"), DossierRule.OFFICER_ROLE_REQUIRED);
	}

	@Test
	void rejectsATransferToAStepTheProcedureDoesNotHave() {
		this.support.expectViolation(history(BIRTH).submitted().received(),
				transfer(BIRTH.desk(), BIRTH.specialist(), "KHAO_SAT"), DossierRule.UNKNOWN_STEP);
	}

	@Test
	void rejectsATransferToAnUnknownOfficer() {
		this.support.expectViolation(history(BIRTH).submitted().received(),
				transfer(BIRTH.desk(), "ghost-01", "THAM_DINH"), DossierRule.UNKNOWN_OFFICER);
	}

	@Test
	void rejectsTheFirstTransferFromAnotherAgencysDesk() {
		this.support.expectViolation(history(BIRTH).submitted().received(),
				transfer("hn-tn-01", BIRTH.specialist(), "THAM_DINH"), DossierRule.RECEPTION_DESK_ONLY);
	}

	@Test
	void rejectsATransferOfADossierNotYetReceived() {
		this.support.expectViolation(history(BIRTH).submitted(),
				transfer(BIRTH.desk(), BIRTH.specialist(), "THAM_DINH"), DossierRule.ILLEGAL_TRANSITION);
	}

	// ---- Opinion

	@Test
	void recordsTheHoldersOpinion() {
		this.support.given(history(BIRTH).inProcessing())
			.when(new RecordOpinionCommand(DOSSIER_ID, null, BIRTH.specialist(), "THAM_DINH", Recommendation.APPROVE,
					"Đủ điều kiện"))
			.expectEvents(new OpinionRecordedEvent(DOSSIER_ID, "THAM_DINH", Recommendation.APPROVE, "Đủ điều kiện",
					actor(BIRTH.specialist(), Role.SPECIALIST), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 3, DossierStatus.IN_PROCESSING));
	}

	@Test
	void rejectsAnOpinionFromAnOfficerWhoDoesNotHoldTheDossier() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				new RecordOpinionCommand(DOSSIER_ID, null, "hn-phk-cv-02", "THAM_DINH", Recommendation.REJECT, null),
				DossierRule.HOLDER_ONLY);
	}

	@Test
	void rejectsAnOpinionFromTheDesk() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				new RecordOpinionCommand(DOSSIER_ID, null, BIRTH.desk(), "THAM_DINH", Recommendation.APPROVE, null),
				DossierRule.OFFICER_ROLE_REQUIRED);
	}

	@Test
	void rejectsAnOpinionBeforeProcessingStarts() {
		this.support.expectViolation(history(BIRTH).submitted().received(), new RecordOpinionCommand(DOSSIER_ID, null,
				BIRTH.specialist(), "THAM_DINH", Recommendation.APPROVE, null), DossierRule.ILLEGAL_TRANSITION);
	}

	// ---- Supplement at the processing stage

	@Test
	void pausesTheDossierForALeaderApprovedSupplementRequest() {
		this.support.given(history(BIRTH).inProcessing())
			.when(supplement(null))
			.expectEvents(new SupplementRequestedEvent(DOSSIER_ID, items("TO_KHAI"), REASON, LEGAL_BASIS,
					BIRTH.leader(), null, actor(BIRTH.specialist(), Role.SPECIALIST), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 3, DossierStatus.AWAITING_SUPPLEMENT));
	}

	@Test
	void doesNotCountAnIntakeSupplementAgainstTheProcessingStage() {
		History history = history(BIRTH).submitted()
			.intakeSupplementRequested()
			.supplementSubmitted()
			.received()
			.transferredTo(BIRTH.specialist(), "THAM_DINH");
		this.support.given(history).when(supplement(null)).expectSuccessfulHandlerExecution();
	}

	@Test
	void rejectsSecondSupplementRequestWithoutOverride() {
		this.support.expectViolation(history(BIRTH).inProcessing().supplementRequested().supplementReceived(),
				supplement(null), DossierRule.SUPPLEMENT_ONCE_PER_STAGE);
	}

	@Test
	void recordsTheOverrideReasonOfASecondSupplementRequest() {
		this.support.given(history(BIRTH).inProcessing().supplementRequested().supplementReceived())
			.when(supplement(OVERRIDE_REASON))
			.expectEvents(new SupplementRequestedEvent(DOSSIER_ID, items("TO_KHAI"), REASON, LEGAL_BASIS,
					BIRTH.leader(), OVERRIDE_REASON, actor(BIRTH.specialist(), Role.SPECIALIST), NOW));
	}

	@Test
	void rejectsASupplementRequestWithoutLeaderApproval() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				supplement(BIRTH.specialist(), null, LEGAL_BASIS, null), DossierRule.SUPPLEMENT_NEEDS_LEADER_APPROVAL);
	}

	@Test
	void rejectsASupplementRequestApprovedBySomeoneWhoIsNotALeader() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				supplement(BIRTH.specialist(), "hn-phk-cv-02", LEGAL_BASIS, null),
				DossierRule.SUPPLEMENT_NEEDS_LEADER_APPROVAL);
	}

	@Test
	void rejectsASupplementRequestApprovedByALeaderOfAnotherAgency() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				supplement(BIRTH.specialist(), "hn-tp-ld-01", LEGAL_BASIS, null),
				DossierRule.SUPPLEMENT_NEEDS_LEADER_APPROVAL);
	}

	@Test
	void rejectsASupplementRequestWithoutLegalBasis() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				supplement(BIRTH.specialist(), BIRTH.leader(), null, null),
				DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED);
	}

	@Test
	void rejectsASupplementRequestWithoutItems() {
		this.support.expectViolation(history(BIRTH).inProcessing(), new RequestSupplementCommand(DOSSIER_ID, null,
				BIRTH.specialist(), null, REASON, LEGAL_BASIS, BIRTH.leader(), null),
				DossierRule.SUPPLEMENT_MUST_BE_ITEMISED);
	}

	@Test
	void rejectsASupplementRequestFromAnOfficerWhoDoesNotHoldTheDossier() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				supplement("hn-phk-cv-02", BIRTH.leader(), LEGAL_BASIS, null), DossierRule.HOLDER_ONLY);
	}

	@Test
	void rejectsASupplementRequestFromAClerk() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				supplement(BIRTH.clerk(), BIRTH.leader(), LEGAL_BASIS, null), DossierRule.OFFICER_ROLE_REQUIRED);
	}

	@Test
	void rejectsASupplementRequestBeforeProcessingStarts() {
		this.support.expectViolation(history(BIRTH).submitted().received(), supplement(null),
				DossierRule.ILLEGAL_TRANSITION);
	}

	// ---- Supplement received

	@Test
	void resumesProcessingWithTheDueDateShiftedByThePause() {
		History history = history(BIRTH).inProcessing().supplementRequested();
		Instant pauseStart = history.lastAt();
		long paused = STATUTORY_CLOCK.workingMinutesBetween(pauseStart, NOW);
		Instant shifted = STATUTORY_CLOCK.shiftForPause(history.dueAt(), pauseStart, NOW);
		List<SubmittedDocument> documents = documents(List.of("TO_KHAI"), false);
		assertThat(paused).isPositive();
		this.support.given(history)
			.when(new ReceiveSupplementCommand(DOSSIER_ID, null, BIRTH.desk(), documents))
			.expectEvents(new SupplementReceivedEvent(DOSSIER_ID, documents, paused, shifted,
					actor(BIRTH.desk(), Role.RECEIVING_OFFICER), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 4, DossierStatus.IN_PROCESSING));
		assertThat(shifted).isAfter(history.dueAt());
	}

	@Test
	void keepsTheDueDateOfTheVersionTheDossierWasReceivedUnder() {
		Scenario scenario = Scenario.CRIMINAL_RECORD;
		History history = history(scenario, Instant.parse("2025-12-29T01:00:00Z")).inProcessing().supplementRequested();
		assertThat(history.procedure().version()).isEqualTo("2020.1");
		Instant resumedAt = Instant.parse("2026-01-06T02:00:00Z");
		Instant shiftedTenDayDate = STATUTORY_CLOCK.shiftForPause(history.dueAt(), history.lastAt(), resumedAt);
		this.support.givenAt(resumedAt, history)
			.when(new ReceiveSupplementCommand(DOSSIER_ID, null, scenario.desk(), null))
			.expectEventsMatching(DossierEventMatchers.singleEvent(SupplementReceivedEvent.class,
					(event) -> event.newDueAt().equals(shiftedTenDayDate)));
	}

	@Test
	void rejectsASupplementReceivedByAClerk() {
		this.support.expectViolation(history(BIRTH).inProcessing().supplementRequested(),
				new ReceiveSupplementCommand(DOSSIER_ID, null, BIRTH.clerk(), null), DossierRule.OFFICER_ROLE_REQUIRED);
	}

	@Test
	void rejectsASupplementThatWasNotRequested() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				new ReceiveSupplementCommand(DOSSIER_ID, null, BIRTH.desk(), null), DossierRule.ILLEGAL_TRANSITION);
	}

	@Test
	void rejectsAThirdSupplementRequestEvenWithAnOverrideReason() {
		this.support.expectViolation(history(BIRTH).inProcessing()
			.supplementRequested()
			.supplementReceived()
			.supplementRequested(OVERRIDE_REASON)
			.supplementReceived(), supplement(OVERRIDE_REASON), DossierRule.SUPPLEMENT_CEILING_REACHED);
	}

	@Test
	void rejectsASupplementReceivedByAnOfficerOfAnotherProvince() {
		this.support.expectViolation(history(BIRTH).inProcessing().supplementRequested(),
				new ReceiveSupplementCommand(DOSSIER_ID, null, "th-tn-01", null), DossierRule.COMPETENT_UNIT_ONLY);
	}

}
