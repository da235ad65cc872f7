package vn.dossierledger.command.dossier;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.command.dossier.DossierTestSupport.History;
import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.command.uniqueness.ClaimScope;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SubmissionSignatureVerifiedEvent;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.dossier.command.ReceiveDossierCommand;
import vn.dossierledger.events.dossier.command.RejectIntakeCommand;
import vn.dossierledger.events.dossier.command.RequestIntakeSupplementCommand;
import vn.dossierledger.events.dossier.command.SubmitDossierCommand;
import vn.dossierledger.events.dossier.command.SubmitSupplementCommand;
import vn.dossierledger.reference.catalogue.Procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.command.dossier.DossierTestSupport.APPLICANT;
import static vn.dossierledger.command.dossier.DossierTestSupport.APPLICANT_DATA;
import static vn.dossierledger.command.dossier.DossierTestSupport.AUTHORISATION_REF;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_CODE;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.LEGAL_BASIS;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.OTHER_DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.OVERRIDE_REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.REPRESENTATIVE;
import static vn.dossierledger.command.dossier.DossierTestSupport.STATUTORY_CLOCK;
import static vn.dossierledger.command.dossier.DossierTestSupport.STRANGER;
import static vn.dossierledger.command.dossier.DossierTestSupport.actor;
import static vn.dossierledger.command.dossier.DossierTestSupport.check;
import static vn.dossierledger.command.dossier.DossierTestSupport.documents;
import static vn.dossierledger.command.dossier.DossierTestSupport.history;
import static vn.dossierledger.command.dossier.DossierTestSupport.items;
import static vn.dossierledger.command.dossier.DossierTestSupport.result;
import static vn.dossierledger.command.dossier.DossierTestSupport.violationOf;

/** Submission, intake supplement, refusal at intake and receipt (DOMAIN §7.1). */
class DossierIntakeTest {

	private static final Scenario BIRTH = Scenario.BIRTH;

	private final DossierTestSupport support = new DossierTestSupport();

	private static SubmitDossierCommand submit(Scenario scenario, List<SubmittedDocument> documents) {
		return new SubmitDossierCommand(DOSSIER_ID, DOSSIER_CODE, scenario.procedureCode(), scenario.channel(),
				APPLICANT, APPLICANT_DATA, REPRESENTATIVE, null, AUTHORISATION_REF, documents, null);
	}

	private static RequestIntakeSupplementCommand intakeSupplement(String officer, List<SupplementItem> items,
			String reason, String legalBasis, String override) {
		return new RequestIntakeSupplementCommand(DOSSIER_ID, null, officer, items, reason, legalBasis, override);
	}

	private static RequestIntakeSupplementCommand intakeSupplement(String override) {
		return intakeSupplement(BIRTH.desk(), items("TO_KHAI"), REASON, LEGAL_BASIS, override);
	}

	// ---- Submit

	@Test
	void recordsASubmissionUnderTheProcedureVersionInForce() {
		List<SubmittedDocument> documents = documents(BIRTH.components(), false);
		this.support.fixture.givenCurrentTime(NOW)
			.when(submit(BIRTH, documents))
			.expectEvents(new DossierSubmittedEvent(DOSSIER_ID, DOSSIER_CODE, "1.001193", "2025.1", Channel.IN_PERSON,
					APPLICANT, APPLICANT_DATA, REPRESENTATIVE, null, AUTHORISATION_REF, documents, null,
					Actor.representative(REPRESENTATIVE), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 0, DossierStatus.SUBMITTED));
	}

	@Test
	void recordsTheCheckOfEverySignedDocumentOfAnOnlineSubmission() {
		Scenario online = Scenario.DRIVING_LICENCE.via(Channel.ONLINE);
		List<SubmittedDocument> documents = documents(online.components(), true);
		Procedure procedure = online.procedureOn(NOW);
		Object[] expected = new Object[documents.size() + 1];
		expected[0] = new DossierSubmittedEvent(DOSSIER_ID, DOSSIER_CODE, online.procedureCode(), procedure.version(),
				Channel.ONLINE, APPLICANT, APPLICANT_DATA, REPRESENTATIVE, null, AUTHORISATION_REF, documents, null,
				Actor.representative(REPRESENTATIVE), NOW);
		for (int i = 0; i < documents.size(); i++) {
			SubmittedDocument document = documents.get(i);
			expected[i + 1] = new SubmissionSignatureVerifiedEvent(DOSSIER_ID, document.componentCode(),
					document.sha256(), check(document.sha256(), document.signature(), NOW), Actor.STATUTORY_CLOCK, NOW);
		}
		this.support.fixture.givenCurrentTime(NOW).when(submit(online, documents)).expectEvents(expected);
		assertThat(check(documents.get(0).sha256(), documents.get(0).signature(), NOW).valid()).isTrue();
	}

	@Test
	void acceptsUnsignedDocumentsAtTheDeskEvenWhenOnlineSubmissionsMustBeSigned() {
		this.support.fixture.givenCurrentTime(NOW)
			.when(submit(Scenario.DRIVING_LICENCE, documents(Scenario.DRIVING_LICENCE.components(), false)))
			.expectSuccessfulHandlerExecution()
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 0, DossierStatus.SUBMITTED));
	}

	@Test
	void rejectsAnUnsignedOnlineSubmissionWhereTheProcedureRequiresASignature() {
		Scenario online = Scenario.DRIVING_LICENCE.via(Channel.ONLINE);
		this.support.fixture.givenCurrentTime(NOW)
			.when(submit(online, documents(online.components(), false)))
			.expectException(violationOf(DossierRule.SIGNATURE_REQUIRED))
			.expectNoEvents();
	}

	@Test
	void rejectsASubmissionMissingAMandatoryComponent() {
		this.support.fixture.givenCurrentTime(NOW)
			.when(submit(BIRTH, documents(List.of("TO_KHAI"), false)))
			.expectException(DossierRuleViolation.class)
			.expectExceptionMessage("Mandatory component GIAY_CHUNG_SINH (Giấy chứng sinh) is missing")
			.expectNoEvents();
	}

	@Test
	void rejectsASubmissionWithoutAnyDocument() {
		this.support.fixture.givenCurrentTime(NOW)
			.when(submit(BIRTH, null))
			.expectException(violationOf(DossierRule.MANDATORY_DOCUMENT_MISSING))
			.expectNoEvents();
	}

	@Test
	void rejectsADossierCodeAlreadyTakenByAnotherDossierWithoutNamingIt() {
		this.support.claims.claim(ClaimScope.DOSSIER_CODE, DOSSIER_CODE, OTHER_DOSSIER_ID);
		this.support.fixture.givenCurrentTime(NOW)
			.when(submit(BIRTH, documents(BIRTH.components(), false)))
			.expectException(violationOf(DossierRule.DOSSIER_CODE_TAKEN))
			.expectExceptionMessage("Dossier code " + DOSSIER_CODE + " is already used by another dossier")
			.expectNoEvents();
	}

	@Test
	void rejectsAProcedureThatIsNotInForce() {
		Scenario unknown = new Scenario("9.999999", Channel.IN_PERSON, null, null, null, null, List.of());
		this.support.fixture.givenCurrentTime(NOW)
			.when(submit(unknown, List.of()))
			.expectException(violationOf(DossierRule.UNKNOWN_PROCEDURE))
			.expectNoEvents();
	}

	@Test
	void rejectsABirthRegistrationSubmittedBeforeTheProcedureTookEffect() {
		this.support.fixture.givenCurrentTime(Instant.parse("2025-06-30T02:00:00Z"))
			.when(submit(BIRTH, documents(BIRTH.components(), false)))
			.expectException(violationOf(DossierRule.UNKNOWN_PROCEDURE))
			.expectNoEvents();
	}

	// ---- Intake supplement

	@Test
	void recordsAnItemisedReasonedIntakeSupplementRequest() {
		this.support.given(history(BIRTH).submitted())
			.when(intakeSupplement(null))
			.expectEvents(new IntakeSupplementRequestedEvent(DOSSIER_ID, items("TO_KHAI"), REASON, LEGAL_BASIS, null,
					actor(BIRTH.desk(), Role.RECEIVING_OFFICER), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 1, DossierStatus.INTAKE_SUPPLEMENT));
	}

	@Test
	void rejectsSecondIntakeSupplementRequestWithoutOverride() {
		this.support.given(history(BIRTH).submitted().intakeSupplementRequested().supplementSubmitted())
			.when(intakeSupplement(null))
			.expectException(violationOf(DossierRule.SUPPLEMENT_ONCE_PER_STAGE))
			.expectNoEvents();
	}

	@Test
	void rejectsSecondIntakeSupplementRequestWithAnOverrideReasonTooShortToBeOne() {
		this.support.given(history(BIRTH).submitted().intakeSupplementRequested().supplementSubmitted())
			.when(intakeSupplement("vì vậy"))
			.expectException(violationOf(DossierRule.SUPPLEMENT_ONCE_PER_STAGE))
			.expectNoEvents();
	}

	@Test
	void recordsTheOverrideReasonOfASecondIntakeSupplementRequest() {
		this.support.given(history(BIRTH).submitted().intakeSupplementRequested().supplementSubmitted())
			.when(intakeSupplement(OVERRIDE_REASON))
			.expectEvents(new IntakeSupplementRequestedEvent(DOSSIER_ID, items("TO_KHAI"), REASON, LEGAL_BASIS,
					OVERRIDE_REASON, actor(BIRTH.desk(), Role.RECEIVING_OFFICER), NOW));
	}

	@Test
	void rejectsAnIntakeSupplementRequestWithoutItems() {
		this.support.given(history(BIRTH).submitted())
			.when(intakeSupplement(BIRTH.desk(), List.of(), REASON, LEGAL_BASIS, null))
			.expectException(violationOf(DossierRule.SUPPLEMENT_MUST_BE_ITEMISED))
			.expectNoEvents();
	}

	@Test
	void rejectsAnIntakeSupplementItemOutsideTheChecklist() {
		this.support.given(history(BIRTH).submitted())
			.when(intakeSupplement(BIRTH.desk(), items("SO_HO_KHAU"), REASON, LEGAL_BASIS, null))
			.expectException(violationOf(DossierRule.SUPPLEMENT_MUST_BE_ITEMISED))
			.expectNoEvents();
	}

	@Test
	void rejectsAnIntakeSupplementItemWithoutAStatedIssue() {
		this.support.given(history(BIRTH).submitted())
			.when(intakeSupplement(BIRTH.desk(), List.of(new SupplementItem("TO_KHAI", " ")), REASON, LEGAL_BASIS,
					null))
			.expectException(violationOf(DossierRule.SUPPLEMENT_MUST_BE_ITEMISED))
			.expectNoEvents();
	}

	@Test
	void rejectsAnIntakeSupplementRequestWithoutReason() {
		this.support.given(history(BIRTH).submitted())
			.when(intakeSupplement(BIRTH.desk(), items("TO_KHAI"), "Thiếu", LEGAL_BASIS, null))
			.expectException(violationOf(DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED))
			.expectNoEvents();
	}

	@Test
	void rejectsAnIntakeSupplementRequestWithoutLegalBasis() {
		this.support.given(history(BIRTH).submitted())
			.when(intakeSupplement(BIRTH.desk(), items("TO_KHAI"), REASON, null, null))
			.expectException(violationOf(DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED))
			.expectExceptionMessage("The legal basis (căn cứ pháp lý) is required")
			.expectNoEvents();
	}

	@Test
	void rejectsAnIntakeSupplementRequestFromAnotherAgencysDesk() {
		this.support.given(history(BIRTH).submitted())
			.when(intakeSupplement("hn-tn-01", items("TO_KHAI"), REASON, LEGAL_BASIS, null))
			.expectException(violationOf(DossierRule.RECEPTION_DESK_ONLY))
			.expectNoEvents();
	}

	@Test
	void rejectsAnIntakeSupplementRequestFromASpecialist() {
		this.support.given(history(BIRTH).submitted())
			.when(intakeSupplement(BIRTH.specialist(), items("TO_KHAI"), REASON, LEGAL_BASIS, null))
			.expectException(violationOf(DossierRule.OFFICER_ROLE_REQUIRED))
			.expectNoEvents();
	}

	@Test
	void rejectsAnIntakeSupplementRequestFromAnUnknownOfficer() {
		this.support.given(history(BIRTH).submitted())
			.when(intakeSupplement("ghost-01", items("TO_KHAI"), REASON, LEGAL_BASIS, null))
			.expectException(violationOf(DossierRule.UNKNOWN_OFFICER))
			.expectExceptionMessage("No officer ghost-01 in the registry")
			.expectNoEvents();
	}

	@Test
	void rejectsAnIntakeSupplementRequestOnceTheDossierIsReceived() {
		this.support.given(history(BIRTH).submitted().received())
			.when(intakeSupplement(null))
			.expectException(violationOf(DossierRule.ILLEGAL_TRANSITION))
			.expectNoEvents();
	}

	// ---- Supplement submitted by the applicant

	@Test
	void returnsTheDossierToSubmittedWhenTheApplicantSupplements() {
		List<SubmittedDocument> documents = documents(List.of("TO_KHAI"), false);
		this.support.given(history(BIRTH).submitted().intakeSupplementRequested())
			.when(new SubmitSupplementCommand(DOSSIER_ID, null, APPLICANT, documents))
			.expectEvents(new SupplementSubmittedEvent(DOSSIER_ID, documents, Actor.applicant(APPLICANT), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 2, DossierStatus.SUBMITTED));
	}

	@Test
	void rejectsASupplementFromSomeoneOtherThanTheApplicantOrRepresentative() {
		this.support.given(history(BIRTH).submitted().intakeSupplementRequested())
			.when(new SubmitSupplementCommand(DOSSIER_ID, null, STRANGER, List.of()))
			.expectException(violationOf(DossierRule.APPLICANT_ONLY))
			.expectNoEvents();
	}

	@Test
	void rejectsASupplementThatWasNotAskedFor() {
		this.support.given(history(BIRTH).submitted())
			.when(new SubmitSupplementCommand(DOSSIER_ID, null, APPLICANT, List.of()))
			.expectException(violationOf(DossierRule.ILLEGAL_TRANSITION))
			.expectNoEvents();
	}

	// ---- Refusal at intake

	@Test
	void refusesASubmittedDossierWithReasonAndLegalBasis() {
		this.support.given(history(BIRTH).submitted())
			.when(new RejectIntakeCommand(DOSSIER_ID, null, BIRTH.desk(), REASON, LEGAL_BASIS))
			.expectEvents(new IntakeRejectedEvent(DOSSIER_ID, REASON, LEGAL_BASIS,
					actor(BIRTH.desk(), Role.RECEIVING_OFFICER), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 1, DossierStatus.INTAKE_REJECTED));
	}

	@Test
	void refusesADossierWaitingForAnIntakeSupplement() {
		this.support.given(history(BIRTH).submitted().intakeSupplementRequested())
			.when(new RejectIntakeCommand(DOSSIER_ID, null, BIRTH.desk(), REASON, LEGAL_BASIS))
			.expectResultMessagePayloadMatching(result(2, DossierStatus.INTAKE_REJECTED));
	}

	@Test
	void rejectsARefusalWithoutLegalBasis() {
		this.support.given(history(BIRTH).submitted())
			.when(new RejectIntakeCommand(DOSSIER_ID, null, BIRTH.desk(), REASON, " "))
			.expectException(violationOf(DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED))
			.expectNoEvents();
	}

	@Test
	void rejectsARefusalWithoutReason() {
		this.support.given(history(BIRTH).submitted())
			.when(new RejectIntakeCommand(DOSSIER_ID, null, BIRTH.desk(), null, LEGAL_BASIS))
			.expectException(violationOf(DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED))
			.expectNoEvents();
	}

	@Test
	void rejectsARefusalByAnOfficerOutsideTheDesk() {
		this.support.given(history(BIRTH).submitted())
			.when(new RejectIntakeCommand(DOSSIER_ID, null, BIRTH.leader(), REASON, LEGAL_BASIS))
			.expectException(violationOf(DossierRule.OFFICER_ROLE_REQUIRED))
			.expectNoEvents();
	}

	@Test
	void rejectsARefusalAtIntakeOfAReceivedDossier() {
		this.support.given(history(BIRTH).submitted().received())
			.when(new RejectIntakeCommand(DOSSIER_ID, null, BIRTH.desk(), REASON, LEGAL_BASIS))
			.expectException(violationOf(DossierRule.ILLEGAL_TRANSITION))
			.expectNoEvents();
	}

	// ---- Receipt

	@Test
	void receivesWithADueDateFromTheStatutoryClock() {
		Procedure procedure = BIRTH.procedureOn(NOW);
		Instant due = STATUTORY_CLOCK.dueAt(NOW, procedure.sla(), procedure.cutOffTime());
		this.support.given(history(BIRTH).submitted())
			.when(new ReceiveDossierCommand(DOSSIER_ID, null, BIRTH.desk(), DeliveryMethod.BY_POST))
			.expectEvents(new DossierReceivedEvent(DOSSIER_ID, "TN-" + DOSSIER_CODE, "2025.1", procedure.sla(), due,
					STATUTORY_CLOCK.calendarVersion(), DeliveryMethod.BY_POST,
					actor(BIRTH.desk(), Role.RECEIVING_OFFICER), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 1, DossierStatus.RECEIVED));
		assertThat(due).as("8 working hours from Tuesday 09:00").isEqualTo(Instant.parse("2026-03-11T02:00:00Z"));
	}

	@Test
	void receivesAtTheDeskWhenNoDeliveryMethodIsChosen() {
		this.support.given(history(BIRTH).submitted())
			.when(new ReceiveDossierCommand(DOSSIER_ID, null, "hn-phk-tn-03", null))
			.expectEventsMatching(DossierEventMatchers.singleEvent(DossierReceivedEvent.class,
					(event) -> event.deliveryMethod() == DeliveryMethod.AT_DESK
							&& event.actor().equals(actor("hn-phk-tn-03", Role.RECEIVING_OFFICER))));
	}

	@Test
	void receivesInTwentyTwentyFiveUnderTheTenWorkingDayVersion() {
		Scenario scenario = Scenario.CRIMINAL_RECORD;
		Instant receivedAt = Instant.parse("2025-12-29T02:00:00Z");
		History history = history(scenario, receivedAt.minusSeconds(3600)).submitted();
		Instant due = STATUTORY_CLOCK.dueAt(receivedAt, scenario.procedureOn(receivedAt).sla(), null);
		this.support.givenAt(receivedAt, history)
			.when(new ReceiveDossierCommand(DOSSIER_ID, null, scenario.desk(), null))
			.expectEventsMatching(DossierEventMatchers.singleEvent(DossierReceivedEvent.class,
					(event) -> event.procedureVersion().equals("2020.1") && event.sla().value() == 10
							&& event.dueAt().equals(due)));
		assertThat(due).isEqualTo(STATUTORY_CLOCK.addWorkingMinutes(receivedAt, 10 * 8 * 60));
	}

	@Test
	void receivesUnderTheVersionInForceAtReceiptNotAtSubmission() {
		Scenario scenario = Scenario.CRIMINAL_RECORD;
		Instant receivedAt = Instant.parse("2026-01-05T02:00:00Z");
		History history = history(scenario, Instant.parse("2025-12-30T02:00:00Z")).submitted();
		assertThat(history.procedure().version()).isEqualTo("2020.1");
		this.support.givenAt(receivedAt, history)
			.when(new ReceiveDossierCommand(DOSSIER_ID, null, scenario.desk(), null))
			.expectEventsMatching(DossierEventMatchers.singleEvent(DossierReceivedEvent.class,
					(event) -> event.procedureVersion().equals("2026.1")
							&& event.dueAt().equals(STATUTORY_CLOCK.addWorkingMinutes(receivedAt, 7 * 8 * 60))));
	}

	@Test
	void rejectsReceiptByAnotherAgencysDesk() {
		this.support.given(history(BIRTH).submitted())
			.when(new ReceiveDossierCommand(DOSSIER_ID, null, "th-tn-01", null))
			.expectException(violationOf(DossierRule.RECEPTION_DESK_ONLY))
			.expectNoEvents();
	}

	@Test
	void rejectsReceiptByAnOfficerWhoIsNotAReceivingOfficer() {
		this.support.given(history(BIRTH).submitted())
			.when(new ReceiveDossierCommand(DOSSIER_ID, null, BIRTH.clerk(), null))
			.expectException(violationOf(DossierRule.OFFICER_ROLE_REQUIRED))
			.expectNoEvents();
	}

	@Test
	void rejectsReceiptByAnUnknownOfficer() {
		this.support.given(history(BIRTH).submitted())
			.when(new ReceiveDossierCommand(DOSSIER_ID, null, null, null))
			.expectException(violationOf(DossierRule.UNKNOWN_OFFICER))
			.expectNoEvents();
	}

	@Test
	void rejectsReceivingADossierTwice() {
		this.support.given(history(BIRTH).submitted().received())
			.when(new ReceiveDossierCommand(DOSSIER_ID, null, BIRTH.desk(), null))
			.expectException(violationOf(DossierRule.ILLEGAL_TRANSITION))
			.expectNoEvents();
	}

	@Test
	void rejectsReceivingADossierWaitingForAnIntakeSupplement() {
		this.support.given(history(BIRTH).submitted().intakeSupplementRequested())
			.when(new ReceiveDossierCommand(DOSSIER_ID, null, BIRTH.desk(), null))
			.expectException(violationOf(DossierRule.ILLEGAL_TRANSITION))
			.expectNoEvents();
	}

}
