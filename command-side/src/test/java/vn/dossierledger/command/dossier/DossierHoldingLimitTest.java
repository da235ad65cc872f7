package vn.dossierledger.command.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import vn.dossierledger.command.dossier.DossierTestSupport.History;
import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.events.dossier.VietnamTime;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.command.AcceptWithdrawalCommand;
import vn.dossierledger.events.dossier.command.ConfirmPaymentCommand;
import vn.dossierledger.events.dossier.command.IssueResultCommand;
import vn.dossierledger.events.dossier.command.ReceiveDossierCommand;
import vn.dossierledger.events.dossier.command.ReceiveSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestFinancialObligationCommand;
import vn.dossierledger.events.dossier.command.RequestSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestWithdrawalCommand;
import vn.dossierledger.events.dossier.command.SignDecisionCommand;
import vn.dossierledger.events.dossier.command.StopProcessingCommand;
import vn.dossierledger.events.dossier.command.TransferDossierCommand;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.catalogue.Rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.command.dossier.DossierTestSupport.APPLICANT;
import static vn.dossierledger.command.dossier.DossierTestSupport.CATALOGUE;
import static vn.dossierledger.command.dossier.DossierTestSupport.DECISION_SHA256;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.LEGAL_BASIS;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.RESULT_SHA256;
import static vn.dossierledger.command.dossier.DossierTestSupport.STATUTORY_CLOCK;
import static vn.dossierledger.command.dossier.DossierTestSupport.history;
import static vn.dossierledger.command.dossier.DossierTestSupport.holder;
import static vn.dossierledger.command.dossier.DossierTestSupport.items;
import static vn.dossierledger.command.dossier.DossierTestSupport.signedBy;

/**
 * The holding limit of red flag F6 as a statutory deadline: scheduled at each transfer
 * with a step deadline at k × the step's allotted working time, k from the procedure
 * version's rulebook; recorded by the statutory clock as a {@code HoldingLimitExceeded}
 * event when it fires while the same transfer still holds the dossier with the clock
 * running, and ignored otherwise (deadlines are never cancelled).
 */
class DossierHoldingLimitTest {

	private static final Scenario BIRTH = Scenario.BIRTH;

	private static final Scenario NOTARY = Scenario.NOTARY_OFFICE;

	/** Submission is the dossier's event 0, receipt 1: the transfer below is event 2. */
	private static final long TRANSFER_SEQUENCE = 2;

	private static final ReceiveDossierCommand RECEIVE = new ReceiveDossierCommand(DOSSIER_ID, null, BIRTH.desk(),
			null);

	private static final TransferDossierCommand TRANSFER = new TransferDossierCommand(DOSSIER_ID, null, BIRTH.desk(),
			BIRTH.specialist(), "THAM_DINH");

	private static final RequestSupplementCommand SUPPLEMENT_REQUEST = new RequestSupplementCommand(DOSSIER_ID, null,
			BIRTH.specialist(), items("TO_KHAI"), REASON, LEGAL_BASIS, BIRTH.leader(), null);

	/** Appraisal of a birth registration: 3 working hours from 09:00 on 10 March 2026. */
	private static final Instant STEP_DEADLINE = STATUTORY_CLOCK.addWorkingMinutes(NOW, 3 * 60);

	/** Twice the 180 minutes allotted: 360 working minutes after the transfer. */
	private static final Instant LIMIT = STATUTORY_CLOCK.addWorkingMinutes(NOW, 2 * 180);

	private static final HoldingLimitDeadline HOLDING_LIMIT = new HoldingLimitDeadline(TRANSFER_SEQUENCE, 0, 2, LIMIT);

	private static final HoldingLimitExceededEvent EXCEEDED = new HoldingLimitExceededEvent(DOSSIER_ID,
			holder(BIRTH.specialist()), "THAM_DINH", TRANSFER_SEQUENCE, NOW, 2, LIMIT, Actor.STATUTORY_CLOCK, LIMIT);

	private final DossierTestSupport support = new DossierTestSupport();

	/**
	 * Submitted an hour ago; then the given commands at {@link DossierTestSupport#NOW}.
	 */
	private TestExecutor<Dossier> givenSubmittedThen(Object... commands) {
		return this.support.given(history(BIRTH).submitted()).andGivenCommands(commands);
	}

	// ---- Scheduling

	@Test
	void theLimitIsTwiceTheStepsAllottedWorkingTimeAfterTheTransfer() {
		assertThat(STATUTORY_CLOCK.workingMinutesBetween(NOW, STEP_DEADLINE)).isEqualTo(180);
		assertThat(LocalDateTime.ofInstant(LIMIT, VietnamTime.ZONE))
			.as("09:00 + 360 working minutes, lunch 11:30–13:00")
			.isEqualTo(LocalDateTime.parse("2026-03-10T16:30"));
		assertThat(HoldingLimitPolicy.limitAt(STATUTORY_CLOCK, NOW, STEP_DEADLINE, 2, 0)).isEqualTo(LIMIT);
	}

	@Test
	void schedulesTheHoldingLimitAtATransfer() {
		givenSubmittedThen(RECEIVE).when(TRANSFER)
			.expectScheduledDeadline(LIMIT, HOLDING_LIMIT)
			.expectScheduledDeadlineWithName(LIMIT, HoldingLimitDeadline.NAME);
	}

	@Test
	void takesTheFactorFromTheRulebookOfTheProcedureVersion() {
		Instant limit = STATUTORY_CLOCK.addWorkingMinutes(NOW, 3 * 180);
		new DossierTestSupport(catalogueWithHoldingLimitFactor(3)).given(history(BIRTH).submitted())
			.andGivenCommands(RECEIVE)
			.when(TRANSFER)
			.expectScheduledDeadline(limit, new HoldingLimitDeadline(TRANSFER_SEQUENCE, 0, 3, limit));
	}

	@Test
	void schedulesNoLimitForATransferThatAllotsNoWorkingTime() {
		// Received an hour before a due date it is transferred after: the step deadline
		// is the due date, already past.
		History received = history(BIRTH).submitted().received();
		this.support.givenAt(received.dueAt().plus(Duration.ofHours(1)), received)
			.when(TRANSFER)
			.expectSuccessfulHandlerExecution()
			.expectNoScheduledDeadlineOfType(NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(365)),
					HoldingLimitDeadline.class);
	}

	@Test
	void schedulesTheLimitOfTheNewHolderWhenTheDossierIsHandedOn() {
		Instant handedOnAt = NOW.plus(Duration.ofHours(1));
		Instant stepDeadline = STATUTORY_CLOCK.addWorkingMinutes(handedOnAt, 2 * 60);
		Instant limit = STATUTORY_CLOCK.addWorkingMinutes(handedOnAt,
				2 * STATUTORY_CLOCK.workingMinutesBetween(handedOnAt, stepDeadline));
		TestExecutor<Dossier> given = givenSubmittedThen(RECEIVE, TRANSFER);
		this.support.clock.freezeAt(handedOnAt);
		given.when(new TransferDossierCommand(DOSSIER_ID, null, BIRTH.specialist(), BIRTH.leader(), "TRINH_KY"))
			.expectScheduledDeadline(limit, new HoldingLimitDeadline(3, 0, 2, limit))
			.expectScheduledDeadline(LIMIT, HOLDING_LIMIT);
	}

	// ---- Firing

	@Test
	void recordsTheExceededLimitWhenItFiresWhileTheSameTransferHoldsTheDossier() {
		givenSubmittedThen(RECEIVE, TRANSFER).whenThenTimeAdvancesTo(LIMIT)
			.expectDeadlinesMet(HOLDING_LIMIT)
			.expectEvents(EXCEEDED);
	}

	@Test
	void recordsNothingBeforeTheLimit() {
		givenSubmittedThen(RECEIVE, TRANSFER).whenThenTimeAdvancesTo(LIMIT.minusSeconds(60))
			.expectNoEvents()
			.expectScheduledDeadline(LIMIT, HOLDING_LIMIT);
	}

	@Test
	void ignoresTheLimitOnceTheDossierWasHandedOn() {
		TestExecutor<Dossier> given = givenSubmittedThen(RECEIVE, TRANSFER);
		// Handed on at 16:00, so that the leader's own limit lies after 16:30.
		this.support.clock.freezeAt(LIMIT.minus(Duration.ofMinutes(30)));
		given = given.andGivenCommands(
				new TransferDossierCommand(DOSSIER_ID, null, BIRTH.specialist(), BIRTH.leader(), "TRINH_KY"));
		this.support.clock.thaw();
		given.whenThenTimeAdvancesTo(LIMIT).expectDeadlinesMet(HOLDING_LIMIT).expectNoEvents();
	}

	@Test
	void ignoresTheLimitWhileTheClockIsPausedForASupplement() {
		givenSubmittedThen(RECEIVE, TRANSFER, SUPPLEMENT_REQUEST).whenThenTimeAdvancesTo(LIMIT)
			.expectDeadlinesMet(HOLDING_LIMIT)
			.expectNoEvents();
	}

	@Test
	void movesTheLimitOnByThePauseWhenTheSupplementArrives() {
		History history = history(BIRTH).inProcessing().supplementRequested();
		Instant transferredAt = history.list().get(2).occurredAt();
		long paused = STATUTORY_CLOCK.workingMinutesBetween(history.lastAt(), NOW);
		Instant limit = HoldingLimitPolicy.limitAt(STATUTORY_CLOCK, transferredAt, history.dueAt(), 2, 0);
		Instant shifted = STATUTORY_CLOCK.addWorkingMinutes(limit, paused);
		assertThat(paused).isPositive();
		this.support.given(history)
			.when(new ReceiveSupplementCommand(DOSSIER_ID, null, BIRTH.desk(), null))
			.expectScheduledDeadline(shifted, new HoldingLimitDeadline(TRANSFER_SEQUENCE, paused, 2, shifted));
	}

	@Test
	void recordsTheLimitMovedByAPauseAndIgnoresTheOneScheduledBefore() {
		Instant suppliedAt = NOW.plus(Duration.ofHours(1));
		Instant shifted = STATUTORY_CLOCK.addWorkingMinutes(LIMIT, 60);
		TestExecutor<Dossier> given = givenSubmittedThen(RECEIVE, TRANSFER, SUPPLEMENT_REQUEST);
		this.support.clock.freezeAt(suppliedAt);
		given = given.andGivenCommands(new ReceiveSupplementCommand(DOSSIER_ID, null, BIRTH.desk(), null));
		this.support.clock.thaw();
		given.whenThenTimeAdvancesTo(shifted)
			.expectDeadlinesMet(HOLDING_LIMIT, new HoldingLimitDeadline(TRANSFER_SEQUENCE, 60, 2, shifted))
			.expectEvents(new HoldingLimitExceededEvent(DOSSIER_ID, holder(BIRTH.specialist()), "THAM_DINH",
					TRANSFER_SEQUENCE, NOW, 2, shifted, Actor.STATUTORY_CLOCK, shifted));
	}

	@Test
	void ignoresTheLimitWhileAPausingFeeIsUnpaid() {
		Instant limit = notaryLimit();
		this.support.given(history(NOTARY).submitted())
			.andGivenCommands(notaryReceive(), notaryTransfer(), notaryFees())
			.whenThenTimeAdvancesTo(limit)
			.expectDeadlinesMet(new DueDateDeadline(notaryDue()),
					new HoldingLimitDeadline(TRANSFER_SEQUENCE, 0, 2, limit))
			.expectNoEvents();
	}

	@Test
	void recordsTheLimitOnceWhenAPauseOfNoWorkingTimeLeftTwoDeadlinesForIt() {
		Instant limit = notaryLimit();
		HoldingLimitDeadline deadline = new HoldingLimitDeadline(TRANSFER_SEQUENCE, 0, 2, limit);
		Instant due = notaryDue();
		assertThat(limit).as("twice the 40 hours of appraisal: the 10 working days of the procedure").isEqualTo(due);
		// Fee requested and paid at the same instant: the limit does not move, and the
		// payment schedules it again beside the one scheduled at the transfer.
		this.support.given(history(NOTARY).submitted())
			.andGivenCommands(notaryReceive(), notaryTransfer(), notaryFees(),
					new ConfirmPaymentCommand(DOSSIER_ID, null, "TX-1", 1_000_000, PaymentGateway.NATIONAL_PORTAL, null,
							null))
			.whenThenTimeAdvancesTo(limit)
			.expectDeadlinesMet(new DueDateDeadline(due), deadline, new DueDateDeadline(due), deadline)
			.expectEvents(new DueDateMissedEvent(DOSSIER_ID, due, Actor.STATUTORY_CLOCK, due),
					new HoldingLimitExceededEvent(DOSSIER_ID, holder(NOTARY.specialist()), "THAM_DINH",
							TRANSFER_SEQUENCE, NOW, 2, limit, Actor.STATUTORY_CLOCK, limit));
	}

	@Test
	void ignoresTheLimitAfterTheResultIsIssued() {
		givenSubmittedThen(RECEIVE, TRANSFER,
				new SignDecisionCommand(DOSSIER_ID, null, BIRTH.leader(), DECISION_SHA256,
						signedBy(BIRTH.leader(), DECISION_SHA256)),
				new IssueResultCommand(DOSSIER_ID, null, BIRTH.clerk(), "KQ-1", "1", RESULT_SHA256, false))
			.whenThenTimeAdvancesTo(LIMIT)
			.expectDeadlinesMet(HOLDING_LIMIT)
			.expectNoEvents();
	}

	@Test
	void ignoresTheLimitAfterProcessingStopped() {
		givenSubmittedThen(RECEIVE, TRANSFER,
				new StopProcessingCommand(DOSSIER_ID, null, BIRTH.leader(), REASON, LEGAL_BASIS))
			.whenThenTimeAdvancesTo(LIMIT)
			.expectDeadlinesMet(HOLDING_LIMIT)
			.expectNoEvents();
	}

	@Test
	void ignoresTheLimitAfterAWithdrawalWasAccepted() {
		givenSubmittedThen(RECEIVE, TRANSFER, new RequestWithdrawalCommand(DOSSIER_ID, null, APPLICANT, null),
				new AcceptWithdrawalCommand(DOSSIER_ID, null, BIRTH.desk()))
			.whenThenTimeAdvancesTo(LIMIT)
			.expectDeadlinesMet(HOLDING_LIMIT)
			.expectNoEvents();
	}

	@Test
	void ignoresALimitAlreadyRecorded() {
		this.support.given(history(BIRTH).submitted())
			.andGivenCommands(RECEIVE, TRANSFER)
			.andGiven(EXCEEDED)
			.whenThenTimeAdvancesTo(LIMIT)
			.expectDeadlinesMet(HOLDING_LIMIT)
			.expectNoEvents();
	}

	// ---- Helpers

	private static ReceiveDossierCommand notaryReceive() {
		return new ReceiveDossierCommand(DOSSIER_ID, null, NOTARY.desk(), null);
	}

	private static TransferDossierCommand notaryTransfer() {
		return new TransferDossierCommand(DOSSIER_ID, null, NOTARY.desk(), NOTARY.specialist(), "THAM_DINH");
	}

	private static RequestFinancialObligationCommand notaryFees() {
		return new RequestFinancialObligationCommand(DOSSIER_ID, null, NOTARY.specialist(), NOTARY.feeLines());
	}

	/**
	 * Appraisal at the notary office: 40 working hours, twice that after the transfer.
	 */
	private static Instant notaryLimit() {
		return STATUTORY_CLOCK.addWorkingMinutes(NOW, 2 * 40 * 60);
	}

	private static Instant notaryDue() {
		return STATUTORY_CLOCK.dueAt(NOW, NOTARY.procedureOn(NOW).sla(), NOTARY.procedureOn(NOW).cutOffTime());
	}

	/** The default catalogue with every version's k replaced. */
	private static ProcedureCatalogue catalogueWithHoldingLimitFactor(double factor) {
		return new ProcedureCatalogue() {

			@Override
			public Optional<Procedure> inForce(String procedureCode, LocalDate date) {
				return CATALOGUE.inForce(procedureCode, date).map((procedure) -> withFactor(procedure, factor));
			}

			@Override
			public Optional<Procedure> version(String procedureCode, String version) {
				return CATALOGUE.version(procedureCode, version).map((procedure) -> withFactor(procedure, factor));
			}

			@Override
			public List<Procedure> currentProcedures(LocalDate date) {
				return CATALOGUE.currentProcedures(date)
					.stream()
					.map((procedure) -> withFactor(procedure, factor))
					.toList();
			}

			@Override
			public String catalogueVersion() {
				return CATALOGUE.catalogueVersion();
			}

		};
	}

	private static Procedure withFactor(Procedure procedure, double factor) {
		Rulebook rules = procedure.rulebook();
		return new Procedure(procedure.code(), procedure.version(), procedure.effectiveFrom(), procedure.name(),
				procedure.agencyId(), procedure.cooperatingAgencyIds(), procedure.sla(), procedure.cutOffTime(),
				procedure.fees(), procedure.components(), procedure.steps(), procedure.fullyOnlineEligible(),
				procedure.signatureRequired(), procedure.paperResult(),
				new Rulebook(rules.maxIntakeSupplementRequests(), rules.maxProcessingSupplementRequests(),
						rules.maxSupplementRequestsWithOverride(), rules.maxApologies(), rules.pauseClockForPayment(),
						rules.apologyWindowWorkingHours(), rules.minReasonLength(), rules.reasonPattern(),
						rules.minLegalBasisLength(), rules.legalBasisPattern(),
						rules.requireSeparationOfReceiverAndApprover(), factor));
	}

}
