package vn.dossierledger.command.dossier;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.command.dossier.DossierTestSupport.History;
import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.command.uniqueness.ClaimScope;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FeeType;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.PaymentFailedEvent;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PaymentRefundedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.command.ConfirmPaymentCommand;
import vn.dossierledger.events.dossier.command.RecordFailedPaymentCommand;
import vn.dossierledger.events.dossier.command.RefundPaymentCommand;
import vn.dossierledger.events.dossier.command.RequestFinancialObligationCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.OTHER_DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.STATUTORY_CLOCK;
import static vn.dossierledger.command.dossier.DossierTestSupport.actor;
import static vn.dossierledger.command.dossier.DossierTestSupport.history;
import static vn.dossierledger.command.dossier.DossierTestSupport.violationOf;

/** Fees, payments, failed payments and refunds. */
class DossierPaymentTest {

	private static final Scenario CRIMINAL_RECORD = Scenario.CRIMINAL_RECORD;

	private static final FeeLine CRIMINAL_RECORD_FEE = new FeeLine("PHI_LLTP", "Phí cung cấp thông tin lý lịch tư pháp",
			FeeType.FEE, 200_000);

	private final DossierTestSupport support = new DossierTestSupport();

	private static RequestFinancialObligationCommand fees(String officer, List<FeeLine> fees) {
		return new RequestFinancialObligationCommand(DOSSIER_ID, null, officer, fees);
	}

	private static ConfirmPaymentCommand payment(String transactionId, long amount) {
		return new ConfirmPaymentCommand(DOSSIER_ID, null, transactionId, amount, PaymentGateway.NATIONAL_PORTAL,
				"BL-" + transactionId, null);
	}

	// ---- Fees requested

	@Test
	void asksForTheScheduledFeeWithoutPausingTheClock() {
		this.support.given(history(CRIMINAL_RECORD).inProcessing())
			.when(fees(CRIMINAL_RECORD.specialist(), List.of(CRIMINAL_RECORD_FEE)))
			.expectEvents(new FinancialObligationRequestedEvent(DOSSIER_ID, List.of(CRIMINAL_RECORD_FEE), 200_000,
					false, actor(CRIMINAL_RECORD.specialist(), Role.SPECIALIST), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 3, DossierStatus.AWAITING_PAYMENT));
	}

	@Test
	void pausesTheClockWhereTheRulebookSaysSo() {
		Scenario notary = Scenario.NOTARY_OFFICE;
		this.support.given(history(notary).inProcessing())
			.when(fees(notary.specialist(), notary.feeLines()))
			.expectEvents(new FinancialObligationRequestedEvent(DOSSIER_ID, notary.feeLines(), 1_000_000, true,
					actor(notary.specialist(), Role.SPECIALIST), NOW));
	}

	@Test
	void asksForTheOnlineAmountFromAnOnlineDossier() {
		Scenario online = Scenario.DRIVING_LICENCE.via(Channel.ONLINE);
		assertThat(online.feeLines()).extracting(FeeLine::amountVnd).containsExactly(115_000L);
		this.support.given(history(online).inProcessing())
			.when(fees(online.specialist(), online.feeLines()))
			.expectEventsMatching(DossierEventMatchers.singleEvent(FinancialObligationRequestedEvent.class,
					(event) -> event.totalAmountVnd() == 115_000));
	}

	@Test
	void rejectsTheCounterAmountFromAnOnlineDossier() {
		Scenario online = Scenario.DRIVING_LICENCE.via(Channel.ONLINE);
		this.support.expectViolation(history(online).inProcessing(),
				fees(online.specialist(), Scenario.DRIVING_LICENCE.feeLines()), DossierRule.FEES_MUST_MATCH_SCHEDULE);
	}

	@Test
	void rejectsAnAmountOffTheSchedule() {
		FeeLine inflated = new FeeLine("PHI_LLTP", "Phí", FeeType.FEE, 250_000);
		this.support.given(history(CRIMINAL_RECORD).inProcessing())
			.when(fees(CRIMINAL_RECORD.specialist(), List.of(inflated)))
			.expectException(DossierRuleViolation.class)
			.expectExceptionMessage("Fee PHI_LLTP must be 200000 VND (FEE), not 250000 VND (FEE)")
			.expectNoEvents();
	}

	@Test
	void rejectsAFeeThatIsNotInTheSchedule() {
		this.support.expectViolation(history(CRIMINAL_RECORD).inProcessing(),
				fees(CRIMINAL_RECORD.specialist(), List.of(new FeeLine("PHI_KHAC", "Phí khác", FeeType.FEE, 50_000))),
				DossierRule.FEES_MUST_MATCH_SCHEDULE);
	}

	@Test
	void rejectsAFeeRequestWhereNothingIsDue() {
		this.support.expectViolation(history(Scenario.BIRTH).inProcessing(),
				fees(Scenario.BIRTH.specialist(), Scenario.BIRTH.feeLines()), DossierRule.FEES_MUST_MATCH_SCHEDULE);
	}

	@Test
	void rejectsAFeeRequestFromAnOfficerOfAnAgencyThatIsNotCompetent() {
		this.support.expectViolation(history(CRIMINAL_RECORD).inProcessing(),
				fees("hn-phk-cv-01", List.of(CRIMINAL_RECORD_FEE)), DossierRule.COMPETENT_UNIT_ONLY);
	}

	@Test
	void rejectsAFeeRequestBeforeProcessingStarts() {
		this.support.expectViolation(history(CRIMINAL_RECORD).submitted().received(),
				fees(CRIMINAL_RECORD.specialist(), List.of(CRIMINAL_RECORD_FEE)), DossierRule.ILLEGAL_TRANSITION);
	}

	@Test
	void asksForFeesAfterTheResultWithoutPausingTheClockOrReopeningTheDossier() {
		Scenario notary = Scenario.NOTARY_OFFICE;
		this.support.given(history(notary).inProcessing().resolved())
			.when(fees(notary.clerk(), notary.feeLines()))
			.expectEventsMatching(DossierEventMatchers.singleEvent(FinancialObligationRequestedEvent.class,
					(event) -> !event.clockPaused()))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 5, DossierStatus.RESOLVED));
	}

	// ---- Payment confirmed

	@Test
	void confirmsAPaymentAndResumesProcessing() {
		History history = history(CRIMINAL_RECORD).inProcessing().feesRequested();
		this.support.given(history)
			.when(payment("TX-1", 200_000))
			.expectEvents(new PaymentSucceededEvent(DOSSIER_ID, "TX-1", 200_000, PaymentGateway.NATIONAL_PORTAL,
					"BL-TX-1", 0, history.dueAt(), Actor.paymentGateway(PaymentGateway.NATIONAL_PORTAL), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 4, DossierStatus.IN_PROCESSING));
	}

	@Test
	void shiftsTheDueDateByTheTimeSpentWaitingForPayment() {
		History history = history(Scenario.NOTARY_OFFICE).inProcessing().feesRequested();
		long paused = STATUTORY_CLOCK.workingMinutesBetween(history.lastAt(), NOW);
		Instant shifted = STATUTORY_CLOCK.shiftForPause(history.dueAt(), history.lastAt(), NOW);
		assertThat(paused).isPositive();
		this.support.given(history)
			.when(payment("TX-1", 1_000_000))
			.expectEvents(new PaymentSucceededEvent(DOSSIER_ID, "TX-1", 1_000_000, PaymentGateway.NATIONAL_PORTAL,
					"BL-TX-1", paused, shifted, Actor.paymentGateway(PaymentGateway.NATIONAL_PORTAL), NOW));
	}

	// ---- Fees collected after the result (on delivery): processing stays over

	@Test
	void aFailedPaymentOfAFeeAskedAfterTheResultIsRecorded() {
		this.support.given(history(CRIMINAL_RECORD).inProcessing().resolved().feesRequested())
			.when(new RecordFailedPaymentCommand(DOSSIER_ID, null, "TX-F", 200_000, PaymentGateway.NATIONAL_PORTAL,
					REASON))
			.expectEventsMatching(DossierEventMatchers.singleEvent(PaymentFailedEvent.class, (event) -> true))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 6, DossierStatus.RESOLVED));
	}

	@Test
	void rejectsAPaymentForAResolvedDossierWithNothingDue() {
		this.support.expectViolation(history(CRIMINAL_RECORD).inProcessing().resolved(), payment("TX-1", 200_000),
				DossierRule.ILLEGAL_TRANSITION);
	}

	@Test
	void returnsToResolvedWhenFeesAskedAfterTheResultArePaid() {
		this.support.given(history(CRIMINAL_RECORD).inProcessing().resolved().feesRequested())
			.when(payment("TX-1", 200_000))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 6, DossierStatus.RESOLVED));
	}

	@Test
	void recordsCashAtTheDeskWithTheOfficerWhoTookIt() {
		this.support.given(history(CRIMINAL_RECORD).inProcessing().feesRequested())
			.when(new ConfirmPaymentCommand(DOSSIER_ID, null, "CASH-1", 200_000, PaymentGateway.CASH_AT_DESK, "BL-9",
					CRIMINAL_RECORD.desk()))
			.expectEventsMatching(DossierEventMatchers.singleEvent(PaymentSucceededEvent.class,
					(event) -> event.actor().equals(actor(CRIMINAL_RECORD.desk(), Role.RECEIVING_OFFICER))));
	}

	@Test
	void rejectsCashAtTheDeskWithoutAnOfficer() {
		this.support.expectViolation(history(CRIMINAL_RECORD).inProcessing().feesRequested(),
				new ConfirmPaymentCommand(DOSSIER_ID, null, "CASH-1", 200_000, PaymentGateway.CASH_AT_DESK, "BL-9",
						null),
				DossierRule.UNKNOWN_OFFICER);
	}

	@Test
	void ignoresARepeatedCallbackForAKnownTransaction() {
		History history = history(CRIMINAL_RECORD).inProcessing().feesRequested().paid("TX-1", 200_000);
		this.support.given(history)
			.when(payment("TX-1", 200_000))
			.expectNoEvents()
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 4, DossierStatus.IN_PROCESSING));
	}

	@Test
	void refusesAKnownTransactionIdWithAnotherAmountAsAConflict() {
		History history = history(CRIMINAL_RECORD).inProcessing().feesRequested().paid("TX-1", 200_000);
		this.support.expectViolation(history, payment("TX-1", 150_000), DossierRule.TRANSACTION_ID_REUSED);
	}

	@Test
	void refusesAKnownTransactionIdThroughAnotherGatewayAsAConflict() {
		History history = history(CRIMINAL_RECORD).inProcessing().feesRequested().paid("TX-1", 200_000);
		this.support.expectViolation(history, new ConfirmPaymentCommand(DOSSIER_ID, null, "TX-1", 200_000,
				PaymentGateway.LOCAL_GATEWAY, "BL-TX-1", null), DossierRule.TRANSACTION_ID_REUSED);
	}

	@Test
	void refusesATransactionIdReusedWithAnotherAmountAfterTheDossierMovedOn() {
		History history = history(CRIMINAL_RECORD).inProcessing().feesRequested().paid("TX-1", 200_000).resolved();
		this.support.expectViolation(history, payment("TX-1", 1), DossierRule.TRANSACTION_ID_REUSED);
	}

	@Test
	void rejectsATransactionThatAlreadyPaidAnotherDossierWithoutNamingIt() {
		this.support.claims.claim(ClaimScope.PAYMENT_TRANSACTION, "TX-1", OTHER_DOSSIER_ID);
		this.support.given(history(CRIMINAL_RECORD).inProcessing().feesRequested())
			.when(payment("TX-1", 200_000))
			.expectException(violationOf(DossierRule.TRANSACTION_OF_ANOTHER_DOSSIER))
			.expectExceptionMessage(not(containsString(OTHER_DOSSIER_ID)))
			.expectNoEvents();
	}

	@Test
	void acceptsATransactionAlreadyClaimedForThisDossier() {
		this.support.claims.claim(ClaimScope.PAYMENT_TRANSACTION, "TX-1", DOSSIER_ID);
		this.support.given(history(CRIMINAL_RECORD).inProcessing().feesRequested())
			.when(payment("TX-1", 200_000))
			.expectSuccessfulHandlerExecution()
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 4, DossierStatus.IN_PROCESSING));
	}

	@Test
	void rejectsAPaymentBelowTheAmountDue() {
		this.support.given(history(CRIMINAL_RECORD).inProcessing().feesRequested())
			.when(payment("TX-1", 199_999))
			.expectException(violationOf(DossierRule.PAYMENT_BELOW_AMOUNT_DUE))
			.expectExceptionMessage("Paid 199999 VND of 200000 VND due")
			.expectNoEvents();
	}

	@Test
	void rejectsAPaymentWhenNoneIsAwaited() {
		this.support.expectViolation(history(CRIMINAL_RECORD).inProcessing(), payment("TX-1", 200_000),
				DossierRule.ILLEGAL_TRANSITION);
	}

	// ---- Payment failed

	@Test
	void recordsAFailedPayment() {
		this.support.given(history(CRIMINAL_RECORD).inProcessing().feesRequested())
			.when(new RecordFailedPaymentCommand(DOSSIER_ID, null, "TX-2", 200_000, PaymentGateway.LOCAL_GATEWAY,
					"Thẻ hết hạn"))
			.expectEvents(new PaymentFailedEvent(DOSSIER_ID, "TX-2", 200_000, PaymentGateway.LOCAL_GATEWAY,
					"Thẻ hết hạn", Actor.paymentGateway(PaymentGateway.LOCAL_GATEWAY), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 4, DossierStatus.AWAITING_PAYMENT));
	}

	@Test
	void ignoresALateFailureNoticeForATransactionThatWentThrough() {
		this.support.given(history(CRIMINAL_RECORD).inProcessing().feesRequested().paid("TX-1", 200_000))
			.when(new RecordFailedPaymentCommand(DOSSIER_ID, null, "TX-1", 200_000, PaymentGateway.NATIONAL_PORTAL,
					"timeout"))
			.expectNoEvents()
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void ignoresARepeatedFailureCallback() {
		this.support.given(history(CRIMINAL_RECORD).inProcessing().feesRequested())
			.andGiven(new PaymentFailedEvent(DOSSIER_ID, "TX-2", 200_000, PaymentGateway.LOCAL_GATEWAY, "Thẻ hết hạn",
					Actor.paymentGateway(PaymentGateway.LOCAL_GATEWAY), NOW))
			.when(new RecordFailedPaymentCommand(DOSSIER_ID, null, "TX-2", 200_000, PaymentGateway.LOCAL_GATEWAY,
					"Thẻ hết hạn"))
			.expectNoEvents()
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 4, DossierStatus.AWAITING_PAYMENT));
	}

	@Test
	void confirmsAPaymentWhoseFailureWasReportedFirst() {
		this.support.given(history(CRIMINAL_RECORD).inProcessing().feesRequested())
			.andGiven(new PaymentFailedEvent(DOSSIER_ID, "TX-1", 200_000, PaymentGateway.NATIONAL_PORTAL, "timeout",
					Actor.paymentGateway(PaymentGateway.NATIONAL_PORTAL), NOW))
			.when(payment("TX-1", 200_000))
			.expectEventsMatching(DossierEventMatchers.singleEvent(PaymentSucceededEvent.class, (event) -> true));
	}

	@Test
	void rejectsAFailedPaymentWhenNoneIsAwaited() {
		this.support.expectViolation(history(CRIMINAL_RECORD).inProcessing(),
				new RecordFailedPaymentCommand(DOSSIER_ID, null, "TX-2", 1, PaymentGateway.LOCAL_GATEWAY, "?"),
				DossierRule.ILLEGAL_TRANSITION);
	}

	// ---- Refund

	@Test
	void refundsAConfirmedPaymentEvenAfterDelivery() {
		History history = history(CRIMINAL_RECORD).inProcessing()
			.feesRequested()
			.paid("TX-1", 200_000)
			.resolved()
			.delivered();
		this.support.given(history)
			.when(new RefundPaymentCommand(DOSSIER_ID, null, CRIMINAL_RECORD.clerk(), "TX-1", REASON))
			.expectEvents(new PaymentRefundedEvent(DOSSIER_ID, "TX-1", 200_000, REASON,
					actor(CRIMINAL_RECORD.clerk(), Role.CLERK), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 8, DossierStatus.DELIVERED));
	}

	@Test
	void ignoresASecondRefundOfTheSameTransaction() {
		this.support.given(
				history(CRIMINAL_RECORD).inProcessing().feesRequested().paid("TX-1", 200_000).refunded("TX-1", 200_000))
			.when(new RefundPaymentCommand(DOSSIER_ID, null, CRIMINAL_RECORD.clerk(), "TX-1", REASON))
			.expectNoEvents()
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void rejectsARefundOfAnUnknownTransaction() {
		this.support.expectViolation(history(CRIMINAL_RECORD).inProcessing().feesRequested().paid("TX-1", 200_000),
				new RefundPaymentCommand(DOSSIER_ID, null, CRIMINAL_RECORD.clerk(), "TX-9", REASON),
				DossierRule.UNKNOWN_TRANSACTION);
	}

	@Test
	void rejectsARefundWithoutReason() {
		this.support.expectViolation(history(CRIMINAL_RECORD).inProcessing().feesRequested().paid("TX-1", 200_000),
				new RefundPaymentCommand(DOSSIER_ID, null, CRIMINAL_RECORD.clerk(), "TX-1", " "),
				DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED);
	}

	@Test
	void rejectsARefundBySomeoneWhoIsNeitherLeaderNorClerk() {
		this.support.expectViolation(history(CRIMINAL_RECORD).inProcessing().feesRequested().paid("TX-1", 200_000),
				new RefundPaymentCommand(DOSSIER_ID, null, CRIMINAL_RECORD.specialist(), "TX-1", REASON),
				DossierRule.OFFICER_ROLE_REQUIRED);
	}

}
