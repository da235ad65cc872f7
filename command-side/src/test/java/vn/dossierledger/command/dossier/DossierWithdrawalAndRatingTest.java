package vn.dossierledger.command.dossier;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.dossierledger.command.dossier.DossierTestSupport.History;
import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.ApologyChannel;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SatisfactionRatedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.events.dossier.WithdrawalRequestedEvent;
import vn.dossierledger.events.dossier.command.AcceptWithdrawalCommand;
import vn.dossierledger.events.dossier.command.ConfirmPaymentCommand;
import vn.dossierledger.events.dossier.command.DeliverResultCommand;
import vn.dossierledger.events.dossier.command.IssueApologyCommand;
import vn.dossierledger.events.dossier.command.IssueResultCommand;
import vn.dossierledger.events.dossier.command.RateSatisfactionCommand;
import vn.dossierledger.events.dossier.command.ReceiveDossierCommand;
import vn.dossierledger.events.dossier.command.ReceiveSupplementCommand;
import vn.dossierledger.events.dossier.command.RecordFailedPaymentCommand;
import vn.dossierledger.events.dossier.command.RecordOpinionCommand;
import vn.dossierledger.events.dossier.command.RejectIntakeCommand;
import vn.dossierledger.events.dossier.command.RequestFinancialObligationCommand;
import vn.dossierledger.events.dossier.command.RequestIntakeSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestWithdrawalCommand;
import vn.dossierledger.events.dossier.command.SignDecisionCommand;
import vn.dossierledger.events.dossier.command.StopProcessingCommand;
import vn.dossierledger.events.dossier.command.SubmitSupplementCommand;
import vn.dossierledger.events.dossier.command.TransferDossierCommand;

import static vn.dossierledger.command.dossier.DossierTestSupport.APPLICANT;
import static vn.dossierledger.command.dossier.DossierTestSupport.DECISION_SHA256;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.LEGAL_BASIS;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.REPRESENTATIVE;
import static vn.dossierledger.command.dossier.DossierTestSupport.RESULT_SHA256;
import static vn.dossierledger.command.dossier.DossierTestSupport.STRANGER;
import static vn.dossierledger.command.dossier.DossierTestSupport.actor;
import static vn.dossierledger.command.dossier.DossierTestSupport.history;
import static vn.dossierledger.command.dossier.DossierTestSupport.items;
import static vn.dossierledger.command.dossier.DossierTestSupport.signedBy;
import static vn.dossierledger.command.dossier.DossierTestSupport.violationOf;

/** Withdrawal, satisfaction rating, and the rule that nothing leaves a terminal state. */
class DossierWithdrawalAndRatingTest {

	private static final Scenario BIRTH = Scenario.BIRTH;

	private final DossierTestSupport support = new DossierTestSupport();

	private static RequestWithdrawalCommand withdrawalBy(vn.dossierledger.events.dossier.SubjectRef subject) {
		return new RequestWithdrawalCommand(DOSSIER_ID, null, subject, "Không còn nhu cầu");
	}

	private static RateSatisfactionCommand rating(vn.dossierledger.events.dossier.SubjectRef subject, int score) {
		return new RateSatisfactionCommand(DOSSIER_ID, null, subject, score, "Nhanh");
	}

	// ---- Withdrawal requested

	@Test
	void recordsTheApplicantsWithdrawalRequestWithoutChangingStatus() {
		this.support.given(history(BIRTH).inProcessing())
			.when(withdrawalBy(APPLICANT))
			.expectEvents(
					new WithdrawalRequestedEvent(DOSSIER_ID, "Không còn nhu cầu", Actor.applicant(APPLICANT), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 3, DossierStatus.IN_PROCESSING));
	}

	@Test
	void recordsARepresentativesWithdrawalRequestBeforeReceipt() {
		this.support.given(history(BIRTH).submitted())
			.when(withdrawalBy(REPRESENTATIVE))
			.expectEvents(new WithdrawalRequestedEvent(DOSSIER_ID, "Không còn nhu cầu",
					Actor.representative(REPRESENTATIVE), NOW));
	}

	@Test
	void ignoresARepeatedWithdrawalRequest() {
		this.support.given(history(BIRTH).inProcessing().withdrawalRequested())
			.when(withdrawalBy(APPLICANT))
			.expectNoEvents()
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 3, DossierStatus.IN_PROCESSING));
	}

	@Test
	void rejectsAWithdrawalRequestFromSomeoneElse() {
		this.support.expectViolation(history(BIRTH).inProcessing(), withdrawalBy(STRANGER), DossierRule.APPLICANT_ONLY);
	}

	@Test
	void rejectsAWithdrawalRequestOnceTheResultIsIssued() {
		this.support.expectViolation(history(BIRTH).inProcessing().resolved(), withdrawalBy(APPLICANT),
				DossierRule.ILLEGAL_TRANSITION);
	}

	// ---- Withdrawal accepted

	@Test
	void acceptsAPendingWithdrawal() {
		this.support.given(history(BIRTH).inProcessing().withdrawalRequested())
			.when(new AcceptWithdrawalCommand(DOSSIER_ID, null, BIRTH.desk()))
			.expectEvents(new WithdrawalAcceptedEvent(DOSSIER_ID, actor(BIRTH.desk(), Role.RECEIVING_OFFICER), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 4, DossierStatus.WITHDRAWN));
	}

	@Test
	void ignoresAcceptingAWithdrawalTwice() {
		this.support.given(history(BIRTH).inProcessing().withdrawalRequested().withdrawn())
			.when(new AcceptWithdrawalCommand(DOSSIER_ID, null, BIRTH.desk()))
			.expectNoEvents()
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 4, DossierStatus.WITHDRAWN));
	}

	@Test
	void rejectsAcceptingAWithdrawalNobodyRequested() {
		this.support.expectViolation(history(BIRTH).inProcessing(),
				new AcceptWithdrawalCommand(DOSSIER_ID, null, BIRTH.desk()), DossierRule.ILLEGAL_TRANSITION);
	}

	@Test
	void rejectsAcceptingAWithdrawalOnceTheResultIsIssued() {
		this.support.expectViolation(history(BIRTH).inProcessing().withdrawalRequested().resolved(),
				new AcceptWithdrawalCommand(DOSSIER_ID, null, BIRTH.desk()), DossierRule.ILLEGAL_TRANSITION);
	}

	@Test
	void rejectsAcceptingAWithdrawalBySomeoneWhoIsNeitherDeskNorLeader() {
		this.support.expectViolation(history(BIRTH).inProcessing().withdrawalRequested(),
				new AcceptWithdrawalCommand(DOSSIER_ID, null, BIRTH.specialist()), DossierRule.OFFICER_ROLE_REQUIRED);
	}

	// ---- Rating

	@Test
	void recordsTheApplicantsRatingAfterDelivery() {
		this.support.given(history(BIRTH).inProcessing().resolved().delivered())
			.when(rating(APPLICANT, 4))
			.expectEvents(new SatisfactionRatedEvent(DOSSIER_ID, 4, "Nhanh", Actor.applicant(APPLICANT), NOW))
			.expectResultMessagePayload(new DossierCommandResult(DOSSIER_ID, 6, DossierStatus.DELIVERED));
	}

	@Test
	void rejectsASecondRating() {
		this.support.expectViolation(history(BIRTH).inProcessing().resolved().delivered().rated(), rating(APPLICANT, 1),
				DossierRule.ALREADY_RATED);
	}

	@Test
	void rejectsARatingOutsideOneToFive() {
		this.support.expectViolation(history(BIRTH).inProcessing().resolved().delivered(), rating(APPLICANT, 6),
				DossierRule.RATING_OUT_OF_RANGE);
	}

	@Test
	void rejectsARatingFromSomeoneElse() {
		this.support.expectViolation(history(BIRTH).inProcessing().resolved().delivered(), rating(STRANGER, 5),
				DossierRule.APPLICANT_ONLY);
	}

	@Test
	void rejectsARatingBeforeDelivery() {
		this.support.expectViolation(history(BIRTH).inProcessing().resolved(), rating(APPLICANT, 5),
				DossierRule.ILLEGAL_TRANSITION);
	}

	// ---- Terminal states

	private static final Map<String, Supplier<History>> TERMINAL = Map.of("INTAKE_REJECTED",
			() -> history(BIRTH).submitted().intakeRejected(), "WITHDRAWN",
			() -> history(BIRTH).inProcessing().withdrawalRequested().withdrawn(), "STOPPED",
			() -> history(BIRTH).inProcessing().stopped(), "DELIVERED",
			() -> history(BIRTH).inProcessing().resolved().delivered());

	private static List<Object> commandsThatWouldMoveADossier() {
		return List.of(new ReceiveDossierCommand(DOSSIER_ID, null, BIRTH.desk(), null),
				new RequestIntakeSupplementCommand(DOSSIER_ID, null, BIRTH.desk(), items("TO_KHAI"), REASON,
						LEGAL_BASIS, null),
				new SubmitSupplementCommand(DOSSIER_ID, null, APPLICANT, List.of()),
				new RejectIntakeCommand(DOSSIER_ID, null, BIRTH.desk(), REASON, LEGAL_BASIS),
				new TransferDossierCommand(DOSSIER_ID, null, BIRTH.desk(), BIRTH.specialist(), "THAM_DINH"),
				new RecordOpinionCommand(DOSSIER_ID, null, BIRTH.specialist(), "THAM_DINH", Recommendation.APPROVE,
						null),
				new RequestSupplementCommand(DOSSIER_ID, null, BIRTH.specialist(), items("TO_KHAI"), REASON,
						LEGAL_BASIS, BIRTH.leader(), null),
				new ReceiveSupplementCommand(DOSSIER_ID, null, BIRTH.desk(), null),
				new RequestFinancialObligationCommand(DOSSIER_ID, null, BIRTH.specialist(), BIRTH.feeLines()),
				new ConfirmPaymentCommand(DOSSIER_ID, null, "TX-1", 1, PaymentGateway.NATIONAL_PORTAL, null, null),
				new RecordFailedPaymentCommand(DOSSIER_ID, null, "TX-2", 1, PaymentGateway.NATIONAL_PORTAL, "?"),
				new IssueApologyCommand(DOSSIER_ID, null, BIRTH.leader(), REASON, NOW.plusSeconds(86_400 * 3),
						ApologyChannel.EMAIL),
				new SignDecisionCommand(DOSSIER_ID, null, BIRTH.leader(), DECISION_SHA256,
						signedBy(BIRTH.leader(), DECISION_SHA256)),
				new IssueResultCommand(DOSSIER_ID, null, BIRTH.clerk(), "KQ", "1", RESULT_SHA256, false),
				new DeliverResultCommand(DOSSIER_ID, null, BIRTH.desk(), DeliveryMethod.AT_DESK, APPLICANT, null),
				new StopProcessingCommand(DOSSIER_ID, null, BIRTH.leader(), REASON, LEGAL_BASIS),
				new RequestWithdrawalCommand(DOSSIER_ID, null, APPLICANT, null),
				new AcceptWithdrawalCommand(DOSSIER_ID, null, BIRTH.desk()), rating(APPLICANT, 5));
	}

	static Stream<Arguments> terminalStatesAndCommands() {
		return TERMINAL.entrySet()
			.stream()
			.flatMap((terminal) -> commandsThatWouldMoveADossier().stream()
				.filter((command) -> !(terminal.getKey().equals("WITHDRAWN")
						&& command instanceof AcceptWithdrawalCommand))
				.filter((command) -> !(terminal.getKey().equals("DELIVERED")
						&& command instanceof RateSatisfactionCommand))
				.map((command) -> Arguments.of(terminal.getKey(), command.getClass().getSimpleName(),
						terminal.getValue(), command)));
	}

	@ParameterizedTest(name = "{0} refuses {1}")
	@MethodSource("terminalStatesAndCommands")
	void nothingLeavesATerminalState(String status, String commandName, Supplier<History> history, Object command) {
		this.support.expectViolation(history.get(), command, DossierRule.ILLEGAL_TRANSITION);
	}

	@Test
	void rejectsAcceptingAWithdrawalByAnOfficerOfAnotherProvince() {
		this.support.expectViolation(history(BIRTH).inProcessing().withdrawalRequested(),
				new AcceptWithdrawalCommand(DOSSIER_ID, null, "th-tn-01"), DossierRule.COMPETENT_UNIT_ONLY);
	}

	@Test
	void rejectsARepeatedWithdrawalRequestFromAStranger() {
		this.support.expectViolation(history(BIRTH).inProcessing().withdrawalRequested(), withdrawalBy(STRANGER),
				DossierRule.APPLICANT_ONLY);
	}

}
