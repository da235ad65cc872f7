package vn.dossierledger.command.dossier;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.dossierledger.command.dossier.DossierTestSupport.History;
import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.events.dossier.ApologyChannel;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.Recommendation;
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
import vn.dossierledger.events.dossier.command.RefundPaymentCommand;
import vn.dossierledger.events.dossier.command.RejectIntakeCommand;
import vn.dossierledger.events.dossier.command.RequestFinancialObligationCommand;
import vn.dossierledger.events.dossier.command.RequestIntakeSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestWithdrawalCommand;
import vn.dossierledger.events.dossier.command.SignDecisionCommand;
import vn.dossierledger.events.dossier.command.StopProcessingCommand;
import vn.dossierledger.events.dossier.command.SubmitSupplementCommand;
import vn.dossierledger.events.dossier.command.TransferDossierCommand;

import static vn.dossierledger.command.dossier.DossierTestSupport.DECISION_SHA256;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.LEGAL_BASIS;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.STRANGER;
import static vn.dossierledger.command.dossier.DossierTestSupport.history;
import static vn.dossierledger.command.dossier.DossierTestSupport.items;
import static vn.dossierledger.command.dossier.DossierTestSupport.result;

/**
 * A command that carries the version its sender saw (If-Match) is judged against that
 * version first: a stale one is a conflict whatever else is wrong with the command.
 */
class DossierExpectedVersionTest {

	private static final Scenario BIRTH = Scenario.BIRTH;

	/** Submitted, received, transferred: version 2, held by the specialist. */
	private static final History IN_PROCESSING = history(BIRTH).inProcessing();

	private static final long STALE = IN_PROCESSING.version() - 1;

	private final DossierTestSupport support = new DossierTestSupport();

	@Test
	void refusesAStaleTransferAsAConflictBeforeAskingWhoHoldsTheDossier() {
		this.support.given(IN_PROCESSING)
			.when(new TransferDossierCommand(DOSSIER_ID, STALE, BIRTH.desk(), BIRTH.leader(), "TRINH_KY"))
			.expectException(ConflictingAggregateVersionException.class)
			.expectNoEvents();
	}

	@Test
	void acceptsTheCurrentVersion() {
		this.support.given(IN_PROCESSING)
			.when(new TransferDossierCommand(DOSSIER_ID, IN_PROCESSING.version(), BIRTH.specialist(), BIRTH.leader(),
					"TRINH_KY"))
			.expectSuccessfulHandlerExecution()
			.expectResultMessagePayloadMatching(result(IN_PROCESSING.version() + 1, DossierStatus.IN_PROCESSING));
	}

	@ParameterizedTest
	@MethodSource("commandsBreakingSomeRule")
	void refusesEveryCommandWithAStaleVersionAsAConflictWhateverElseIsWrong(Object command) {
		this.support.given(IN_PROCESSING)
			.when(command)
			.expectException(ConflictingAggregateVersionException.class)
			.expectNoEvents();
	}

	/**
	 * Every command that carries a version, each wrong on its own as well: an unknown
	 * officer, a stranger, a status it does not apply to.
	 */
	static Stream<Object> commandsBreakingSomeRule() {
		String nobody = "no-such-officer";
		Instant later = NOW.plusSeconds(86_400);
		return Stream.of(new ReceiveDossierCommand(DOSSIER_ID, STALE, nobody, DeliveryMethod.AT_DESK),
				new RequestIntakeSupplementCommand(DOSSIER_ID, STALE, nobody, items("TO_KHAI"), REASON, LEGAL_BASIS,
						null),
				new SubmitSupplementCommand(DOSSIER_ID, STALE, STRANGER, List.of()),
				new RejectIntakeCommand(DOSSIER_ID, STALE, nobody, REASON, LEGAL_BASIS),
				new TransferDossierCommand(DOSSIER_ID, STALE, nobody, nobody, "THAM_DINH"),
				new RecordOpinionCommand(DOSSIER_ID, STALE, nobody, "THAM_DINH", Recommendation.APPROVE, null),
				new RequestSupplementCommand(DOSSIER_ID, STALE, nobody, items("TO_KHAI"), REASON, LEGAL_BASIS, nobody,
						null),
				new ReceiveSupplementCommand(DOSSIER_ID, STALE, nobody, List.of()),
				new RequestFinancialObligationCommand(DOSSIER_ID, STALE, nobody, List.of()),
				new ConfirmPaymentCommand(DOSSIER_ID, STALE, "TX-1", 1_000, PaymentGateway.NATIONAL_PORTAL, null, null),
				new RecordFailedPaymentCommand(DOSSIER_ID, STALE, "TX-1", 1_000, PaymentGateway.NATIONAL_PORTAL,
						"declined"),
				new RefundPaymentCommand(DOSSIER_ID, STALE, nobody, "TX-1", REASON),
				new IssueApologyCommand(DOSSIER_ID, STALE, nobody, REASON, later, ApologyChannel.EMAIL),
				new SignDecisionCommand(DOSSIER_ID, STALE, nobody, DECISION_SHA256, null),
				new IssueResultCommand(DOSSIER_ID, STALE, nobody, "GKS", "1/2026", DECISION_SHA256, true),
				new DeliverResultCommand(DOSSIER_ID, STALE, nobody, DeliveryMethod.AT_DESK, STRANGER, null),
				new StopProcessingCommand(DOSSIER_ID, STALE, nobody, REASON, LEGAL_BASIS),
				new RequestWithdrawalCommand(DOSSIER_ID, STALE, STRANGER, null),
				new AcceptWithdrawalCommand(DOSSIER_ID, STALE, nobody),
				new RateSatisfactionCommand(DOSSIER_ID, STALE, STRANGER, 9, null));
	}

}
