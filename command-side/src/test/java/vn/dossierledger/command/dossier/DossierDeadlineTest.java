package vn.dossierledger.command.dossier;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import vn.dossierledger.command.dossier.DossierTestSupport.History;
import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.ApologyChannel;
import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.command.AcceptWithdrawalCommand;
import vn.dossierledger.events.dossier.command.ConfirmPaymentCommand;
import vn.dossierledger.events.dossier.command.IssueApologyCommand;
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

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.command.dossier.DossierTestSupport.APPLICANT;
import static vn.dossierledger.command.dossier.DossierTestSupport.DECISION_SHA256;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.LEGAL_BASIS;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.RESULT_SHA256;
import static vn.dossierledger.command.dossier.DossierTestSupport.STATUTORY_CLOCK;
import static vn.dossierledger.command.dossier.DossierTestSupport.actor;
import static vn.dossierledger.command.dossier.DossierTestSupport.history;
import static vn.dossierledger.command.dossier.DossierTestSupport.holder;
import static vn.dossierledger.command.dossier.DossierTestSupport.items;
import static vn.dossierledger.command.dossier.DossierTestSupport.signedBy;
import static vn.dossierledger.command.dossier.DossierTestSupport.violationOf;

/**
 * The statutory due date as an Axon deadline, and the apology that moves it. The
 * aggregate's clock reads the fixture's time, so a deadline fires when the clock says so.
 * A transfer also schedules the holder's holding limit ({@link DossierHoldingLimitTest}).
 */
class DossierDeadlineTest {

	private static final Scenario BIRTH = Scenario.BIRTH;

	private static final Procedure PROCEDURE = BIRTH.procedureOn(NOW);

	/**
	 * The due date of a birth registration received at {@link DossierTestSupport#NOW}.
	 */
	private static final Instant DUE = STATUTORY_CLOCK.dueAt(NOW, PROCEDURE.sla(), PROCEDURE.cutOffTime());

	/**
	 * The appraising specialist's holding limit (F6) for a transfer at
	 * {@link DossierTestSupport#NOW}: twice the step's three working hours, at 16:30,
	 * before the due date. Both statutory deadlines run side by side.
	 */
	private static final Instant HOLDING_LIMIT = STATUTORY_CLOCK.addWorkingMinutes(NOW, 2 * 3 * 60);

	private static final HoldingLimitDeadline HOLDING = new HoldingLimitDeadline(2, 0, 2, HOLDING_LIMIT);

	private static final HoldingLimitExceededEvent HELD_TOO_LONG = new HoldingLimitExceededEvent(DOSSIER_ID,
			holder(BIRTH.specialist()), "THAM_DINH", 2, NOW, 2, HOLDING_LIMIT, Actor.STATUTORY_CLOCK, HOLDING_LIMIT);

	private static final Scenario NOTARY = Scenario.NOTARY_OFFICE;

	private static final ReceiveDossierCommand NOTARY_RECEIVE = new ReceiveDossierCommand(DOSSIER_ID, null,
			NOTARY.desk(), null);

	private static final TransferDossierCommand NOTARY_TRANSFER = new TransferDossierCommand(DOSSIER_ID, null,
			NOTARY.desk(), NOTARY.specialist(), "THAM_DINH");

	private static final RequestFinancialObligationCommand NOTARY_FEES = new RequestFinancialObligationCommand(
			DOSSIER_ID, null, NOTARY.specialist(), NOTARY.feeLines());

	private static final RequestSupplementCommand SUPPLEMENT_REQUEST = new RequestSupplementCommand(DOSSIER_ID, null,
			BIRTH.specialist(), items("TO_KHAI"), REASON, LEGAL_BASIS, BIRTH.leader(), null);

	private final DossierTestSupport support = new DossierTestSupport();

	private static final ReceiveDossierCommand RECEIVE = new ReceiveDossierCommand(DOSSIER_ID, null, BIRTH.desk(),
			null);

	private static final TransferDossierCommand TRANSFER = new TransferDossierCommand(DOSSIER_ID, null, BIRTH.desk(),
			BIRTH.specialist(), "THAM_DINH");

	/**
	 * Submitted an hour ago; then the given commands at {@link DossierTestSupport#NOW}.
	 */
	private TestExecutor<Dossier> givenSubmittedThen(Object... commands) {
		return this.support.given(history(BIRTH).submitted()).andGivenCommands(commands);
	}

	private static Instant notaryDueAt(Instant receivedAt) {
		Procedure procedure = NOTARY.procedureOn(receivedAt);
		return STATUTORY_CLOCK.dueAt(receivedAt, procedure.sla(), procedure.cutOffTime());
	}

	/** Twice the 40 hours of appraisal at the notary office: its 10 working days. */
	private static HoldingLimitDeadline notaryHoldingLimit(Instant due) {
		return new HoldingLimitDeadline(2, 0, 2, due);
	}

	private static IssueApologyCommand apology(String leader, Instant newDueAt) {
		return new IssueApologyCommand(DOSSIER_ID, null, leader, REASON, newDueAt, ApologyChannel.EMAIL);
	}

	// ---- Scheduling

	@Test
	void schedulesTheDueDateAtReceipt() {
		this.support.given(history(BIRTH).submitted())
			.when(RECEIVE)
			.expectScheduledDeadline(DUE, new DueDateDeadline(DUE))
			.expectScheduledDeadlineWithName(DUE, DueDateDeadline.NAME);
	}

	@Test
	void leavesTheDueDateScheduledWhenASupplementIsRequestedAndSchedulesNothingNew() {
		givenSubmittedThen(RECEIVE, TRANSFER).when(SUPPLEMENT_REQUEST)
			.expectScheduledDeadline(DUE, new DueDateDeadline(DUE))
			.expectScheduledDeadlineWithName(DUE, DueDateDeadline.NAME);
	}

	@Test
	void recordsNothingWhenTheDueDateFiresWhileASupplementIsAwaited() {
		givenSubmittedThen(RECEIVE, TRANSFER, SUPPLEMENT_REQUEST).whenThenTimeAdvancesTo(DUE)
			.expectDeadlinesMet(HOLDING, new DueDateDeadline(DUE))
			.expectNoEvents()
			.expectNoScheduledDeadlines();
	}

	@Test
	void reschedulesTheShiftedDueDateWhenTheSupplementArrives() {
		History history = history(BIRTH).inProcessing().supplementRequested();
		Instant shifted = STATUTORY_CLOCK.shiftForPause(history.dueAt(), history.lastAt(), NOW);
		this.support.given(history)
			.when(new ReceiveSupplementCommand(DOSSIER_ID, null, BIRTH.desk(), null))
			.expectScheduledDeadline(shifted, new DueDateDeadline(shifted));
	}

	@Test
	void recordsNothingWhenTheDueDateFiresWhileAPausingFeeIsUnpaid() {
		Instant due = notaryDueAt(NOW);
		this.support.given(history(NOTARY).submitted())
			.andGivenCommands(NOTARY_RECEIVE, NOTARY_TRANSFER, NOTARY_FEES)
			.whenThenTimeAdvancesTo(due)
			.expectDeadlinesMet(new DueDateDeadline(due), notaryHoldingLimit(due))
			.expectNoEvents();
	}

	@Test
	void recordsTheMissedDueDateOnceWhenAPauseOfNoWorkingTimeLeftTwoDeadlinesForIt() {
		Instant due = notaryDueAt(NOW);
		// Fee requested and paid at the same instant: the due date does not move, and the
		// payment schedules it again beside the deadline scheduled at receipt.
		this.support.given(history(NOTARY).submitted())
			.andGivenCommands(NOTARY_RECEIVE, NOTARY_TRANSFER, NOTARY_FEES,
					new ConfirmPaymentCommand(DOSSIER_ID, null, "TX-1", 1_000_000, PaymentGateway.NATIONAL_PORTAL, null,
							null))
			.whenThenTimeAdvancesTo(due)
			.expectDeadlinesMet(new DueDateDeadline(due), notaryHoldingLimit(due), new DueDateDeadline(due),
					notaryHoldingLimit(due))
			.expectEvents(new DueDateMissedEvent(DOSSIER_ID, due, Actor.STATUTORY_CLOCK, due),
					new HoldingLimitExceededEvent(DOSSIER_ID, holder(NOTARY.specialist()), "THAM_DINH", 2, NOW, 2, due,
							Actor.STATUTORY_CLOCK, due));
	}

	@Test
	void reschedulesTheDueDateShiftedByTheWaitForPayment() {
		Instant due = notaryDueAt(NOW);
		Instant paidAt = NOW.plus(Duration.ofHours(2));
		Instant shifted = STATUTORY_CLOCK.shiftForPause(due, NOW, paidAt);
		assertThat(shifted).isAfter(due);
		TestExecutor<Dossier> given = this.support.given(history(NOTARY).submitted())
			.andGivenCommands(NOTARY_RECEIVE, NOTARY_TRANSFER, NOTARY_FEES);
		this.support.clock.freezeAt(paidAt);
		given
			.when(new ConfirmPaymentCommand(DOSSIER_ID, null, "TX-1", 1_000_000, PaymentGateway.NATIONAL_PORTAL, null,
					null))
			.expectScheduledDeadline(shifted, new DueDateDeadline(shifted));
	}

	@Test
	void recordsNothingWhenTheDueDateFiresAfterProcessingStopped() {
		givenSubmittedThen(RECEIVE, TRANSFER,
				new StopProcessingCommand(DOSSIER_ID, null, BIRTH.leader(), REASON, LEGAL_BASIS))
			.whenThenTimeAdvancesTo(DUE)
			.expectDeadlinesMet(HOLDING, new DueDateDeadline(DUE))
			.expectNoEvents();
	}

	@Test
	void recordsNothingWhenTheDueDateFiresAfterAWithdrawalWasAccepted() {
		givenSubmittedThen(RECEIVE, new RequestWithdrawalCommand(DOSSIER_ID, null, APPLICANT, null),
				new AcceptWithdrawalCommand(DOSSIER_ID, null, BIRTH.desk()))
			.whenThenTimeAdvancesTo(DUE)
			.expectDeadlinesMet(new DueDateDeadline(DUE))
			.expectNoEvents();
	}

	@Test
	void movesTheDueDateWithAnApology() {
		Instant newDue = DUE.plus(Duration.ofDays(1));
		TestExecutor<Dossier> given = givenSubmittedThen(RECEIVE, TRANSFER);
		this.support.clock.freezeAt(DUE.minus(Duration.ofMinutes(30)));
		given.when(apology(BIRTH.leader(), newDue)).expectScheduledDeadline(newDue, new DueDateDeadline(newDue));
	}

	@Test
	void recordsTheMissedDueDateOnlyAtTheDateAnApologyMovedItTo() {
		Instant newDue = DUE.plus(Duration.ofDays(1));
		TestExecutor<Dossier> given = givenSubmittedThen(RECEIVE, TRANSFER);
		this.support.clock.freezeAt(DUE.minus(Duration.ofMinutes(30)));
		given = given.andGivenCommands(apology(BIRTH.leader(), newDue));
		this.support.clock.thaw();
		given.whenThenTimeAdvancesTo(newDue)
			.expectDeadlinesMet(HOLDING, new DueDateDeadline(DUE), new DueDateDeadline(newDue))
			.expectEvents(HELD_TOO_LONG, new DueDateMissedEvent(DOSSIER_ID, newDue, Actor.STATUTORY_CLOCK, newDue));
	}

	// ---- Firing

	@Test
	void recordsTheMissedDueDateWhenTheDeadlineFiresOnAnOpenDossier() {
		givenSubmittedThen(RECEIVE, TRANSFER).whenThenTimeAdvancesTo(DUE)
			.expectDeadlinesMet(HOLDING, new DueDateDeadline(DUE))
			.expectEvents(HELD_TOO_LONG, new DueDateMissedEvent(DOSSIER_ID, DUE, Actor.STATUTORY_CLOCK, DUE))
			.expectNoScheduledDeadlines();
	}

	@Test
	void recordsNothingBeforeTheDueDate() {
		givenSubmittedThen(RECEIVE).whenThenTimeAdvancesTo(DUE.minusSeconds(60))
			.expectNoEvents()
			.expectScheduledDeadline(DUE, new DueDateDeadline(DUE));
	}

	@Test
	void recordsNothingForADossierResolvedInTime() {
		givenSubmittedThen(RECEIVE, TRANSFER,
				new SignDecisionCommand(DOSSIER_ID, null, BIRTH.leader(), DECISION_SHA256,
						signedBy(BIRTH.leader(), DECISION_SHA256)),
				new IssueResultCommand(DOSSIER_ID, null, BIRTH.clerk(), "KQ-1", "1", RESULT_SHA256, false))
			.whenTimeElapses(Duration.ofDays(3))
			.expectNoEvents()
			.expectDeadlinesMet(HOLDING, new DueDateDeadline(DUE));
	}

	// ---- Apology rules

	@Test
	void issuesAnApologyWithANewDateNearTheDueDate() {
		History history = history(BIRTH).inProcessing();
		Instant apologisedAt = history.dueAt().minus(Duration.ofMinutes(30));
		Instant newDue = history.dueAt().plus(Duration.ofDays(1));
		this.support.givenAt(apologisedAt, history)
			.when(apology(BIRTH.leader(), newDue))
			.expectEvents(new ApologyIssuedEvent(DOSSIER_ID, REASON, history.dueAt(), newDue, ApologyChannel.EMAIL,
					actor(BIRTH.leader(), Role.APPROVING_LEADER), apologisedAt));
	}

	@Test
	void rejectsAnApologyLongBeforeTheDueDate() {
		History history = history(BIRTH).inProcessing();
		this.support.given(history)
			.when(apology(BIRTH.leader(), history.dueAt().plus(Duration.ofDays(1))))
			.expectException(violationOf(DossierRule.APOLOGY_NOT_YET_DUE))
			.expectNoEvents();
	}

	@Test
	void rejectsASecondApology() {
		History history = history(BIRTH).inProcessing();
		Instant firstNewDue = history.dueAt().plus(Duration.ofDays(1));
		history.apologised(firstNewDue);
		this.support.givenAt(firstNewDue.minus(Duration.ofMinutes(30)), history)
			.when(apology(BIRTH.leader(), firstNewDue.plus(Duration.ofDays(1))))
			.expectException(violationOf(DossierRule.APOLOGY_AT_MOST_ALLOWED_TIMES))
			.expectNoEvents();
	}

	@Test
	void rejectsAnApologyWhoseNewDateIsNotLater() {
		History history = history(BIRTH).inProcessing();
		this.support.givenAt(history.dueAt().minus(Duration.ofMinutes(30)), history)
			.when(apology(BIRTH.leader(), history.dueAt()))
			.expectException(violationOf(DossierRule.APOLOGY_NEEDS_LATER_DUE_DATE))
			.expectNoEvents();
	}

	@Test
	void rejectsAnApologyWithoutReason() {
		History history = history(BIRTH).inProcessing();
		this.support.givenAt(history.dueAt().minus(Duration.ofMinutes(30)), history)
			.when(new IssueApologyCommand(DOSSIER_ID, null, BIRTH.leader(), "Xin lỗi", history.dueAt().plusSeconds(1),
					ApologyChannel.SMS))
			.expectException(violationOf(DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED))
			.expectNoEvents();
	}

	@Test
	void rejectsAnApologyFromSomeoneWhoIsNotAnApprovingLeader() {
		History history = history(BIRTH).inProcessing();
		this.support.givenAt(history.dueAt().minus(Duration.ofMinutes(30)), history)
			.when(apology(BIRTH.specialist(), history.dueAt().plus(Duration.ofDays(1))))
			.expectException(violationOf(DossierRule.OFFICER_ROLE_REQUIRED))
			.expectNoEvents();
	}

	@Test
	void rejectsAnApologyFromALeaderOfAnAgencyThatIsNotCompetent() {
		History history = history(BIRTH).inProcessing();
		this.support.givenAt(history.dueAt().minus(Duration.ofMinutes(30)), history)
			.when(apology("hn-tp-ld-01", history.dueAt().plus(Duration.ofDays(1))))
			.expectException(violationOf(DossierRule.COMPETENT_UNIT_ONLY))
			.expectNoEvents();
	}

	@Test
	void rejectsAnApologyForAResolvedDossier() {
		History history = history(BIRTH).inProcessing().resolved();
		this.support.givenAt(history.dueAt().minus(Duration.ofMinutes(30)), history)
			.when(apology(BIRTH.leader(), history.dueAt().plus(Duration.ofDays(1))))
			.expectException(violationOf(DossierRule.ILLEGAL_TRANSITION))
			.expectNoEvents();
	}

}
