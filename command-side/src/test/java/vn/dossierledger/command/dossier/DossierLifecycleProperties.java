package vn.dossierledger.command.dossier;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;

import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FeeType;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PaymentRefundedEvent;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.SatisfactionRatedEvent;
import vn.dossierledger.events.dossier.ApologyChannel;
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
import vn.dossierledger.events.dossier.command.SubmitDossierCommand;
import vn.dossierledger.events.dossier.command.SubmitSupplementCommand;
import vn.dossierledger.events.dossier.command.TransferDossierCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.command.dossier.DossierTestSupport.APPLICANT;
import static vn.dossierledger.command.dossier.DossierTestSupport.APPLICANT_DATA;
import static vn.dossierledger.command.dossier.DossierTestSupport.DECISION_SHA256;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_CODE;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.LEGAL_BASIS;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.OVERRIDE_REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.REASON;
import static vn.dossierledger.command.dossier.DossierTestSupport.RESULT_SHA256;
import static vn.dossierledger.command.dossier.DossierTestSupport.STRANGER;
import static vn.dossierledger.command.dossier.DossierTestSupport.documents;
import static vn.dossierledger.command.dossier.DossierTestSupport.items;
import static vn.dossierledger.command.dossier.DossierTestSupport.signedBy;

/**
 * Random sequences of well-formed and wrong commands against one lý lịch tư pháp dossier:
 * (a) every status change is one DOMAIN §7.1 allows and nothing but a single rating or a
 * refund follows a terminal status; (b) replaying the recorded events reproduces the
 * status and version the last successful command reported. The fixture also checks, on
 * every command, that state changes only in event sourcing handlers.
 */
class DossierLifecycleProperties {

	private static final Scenario CASE = Scenario.CRIMINAL_RECORD;

	/**
	 * DOMAIN §7.1, plus the aggregate's documented readings: fees may be asked after the
	 * result (Resolved → AwaitingPayment → Resolved) and a dossier awaiting payment may
	 * be stopped or withdrawn.
	 */
	private static final Map<DossierStatus, Set<DossierStatus>> ALLOWED = new EnumMap<>(DossierStatus.class);

	static {
		ALLOWED.put(DossierStatus.SUBMITTED, EnumSet.of(DossierStatus.INTAKE_SUPPLEMENT, DossierStatus.INTAKE_REJECTED,
				DossierStatus.RECEIVED, DossierStatus.WITHDRAWN));
		ALLOWED.put(DossierStatus.INTAKE_SUPPLEMENT,
				EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.INTAKE_REJECTED, DossierStatus.WITHDRAWN));
		ALLOWED.put(DossierStatus.RECEIVED, EnumSet.of(DossierStatus.IN_PROCESSING, DossierStatus.WITHDRAWN));
		ALLOWED.put(DossierStatus.IN_PROCESSING,
				EnumSet.of(DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.AWAITING_PAYMENT, DossierStatus.RESOLVED,
						DossierStatus.STOPPED, DossierStatus.WITHDRAWN));
		ALLOWED.put(DossierStatus.AWAITING_SUPPLEMENT,
				EnumSet.of(DossierStatus.IN_PROCESSING, DossierStatus.STOPPED, DossierStatus.WITHDRAWN));
		ALLOWED.put(DossierStatus.AWAITING_PAYMENT, EnumSet.of(DossierStatus.IN_PROCESSING, DossierStatus.RESOLVED,
				DossierStatus.STOPPED, DossierStatus.WITHDRAWN));
		ALLOWED.put(DossierStatus.RESOLVED, EnumSet.of(DossierStatus.DELIVERED, DossierStatus.AWAITING_PAYMENT));
		for (DossierStatus terminal : List.of(DossierStatus.INTAKE_REJECTED, DossierStatus.WITHDRAWN,
				DossierStatus.STOPPED, DossierStatus.DELIVERED)) {
			ALLOWED.put(terminal, EnumSet.noneOf(DossierStatus.class));
		}
	}

	private static final FeeLine FEE = new FeeLine("PHI_LLTP", "Phí", FeeType.FEE, 200_000);

	private static final Map<String, Object> COMMANDS = new LinkedHashMap<>();

	static {
		String desk = CASE.desk();
		String specialist = CASE.specialist();
		String leader = CASE.leader();
		String clerk = CASE.clerk();
		COMMANDS.put("receive", new ReceiveDossierCommand(DOSSIER_ID, null, desk, DeliveryMethod.AT_DESK));
		COMMANDS.put("intakeSupplement", new RequestIntakeSupplementCommand(DOSSIER_ID, null, desk, items("TO_KHAI"),
				REASON, LEGAL_BASIS, null));
		COMMANDS.put("intakeSupplementOverride", new RequestIntakeSupplementCommand(DOSSIER_ID, null, desk,
				items("TO_KHAI"), REASON, LEGAL_BASIS, OVERRIDE_REASON));
		COMMANDS.put("submitSupplement", new SubmitSupplementCommand(DOSSIER_ID, null, APPLICANT, List.of()));
		COMMANDS.put("rejectIntake", new RejectIntakeCommand(DOSSIER_ID, null, desk, REASON, LEGAL_BASIS));
		COMMANDS.put("toSpecialist", new TransferDossierCommand(DOSSIER_ID, null, desk, specialist, "THAM_DINH"));
		COMMANDS.put("toLeader", new TransferDossierCommand(DOSSIER_ID, null, specialist, leader, "TRINH_KY"));
		COMMANDS.put("toClerk", new TransferDossierCommand(DOSSIER_ID, null, leader, clerk, "BAN_HANH"));
		COMMANDS.put("opinion",
				new RecordOpinionCommand(DOSSIER_ID, null, specialist, "THAM_DINH", Recommendation.APPROVE, null));
		COMMANDS.put("supplement", new RequestSupplementCommand(DOSSIER_ID, null, specialist, items("TO_KHAI"), REASON,
				LEGAL_BASIS, leader, null));
		COMMANDS.put("supplementOverride", new RequestSupplementCommand(DOSSIER_ID, null, specialist, items("TO_KHAI"),
				REASON, LEGAL_BASIS, leader, OVERRIDE_REASON));
		COMMANDS.put("receiveSupplement", new ReceiveSupplementCommand(DOSSIER_ID, null, desk, List.of()));
		COMMANDS.put("fees", new RequestFinancialObligationCommand(DOSSIER_ID, null, specialist, List.of(FEE)));
		COMMANDS.put("pay", new ConfirmPaymentCommand(DOSSIER_ID, null, "TX-1", 200_000, PaymentGateway.NATIONAL_PORTAL,
				"BL-1", null));
		COMMANDS.put("payTooLittle", new ConfirmPaymentCommand(DOSSIER_ID, null, "TX-2", 100_000,
				PaymentGateway.LOCAL_GATEWAY, "BL-2", null));
		COMMANDS.put("paymentFailed", new RecordFailedPaymentCommand(DOSSIER_ID, null, "TX-3", 200_000,
				PaymentGateway.LOCAL_GATEWAY, "declined"));
		COMMANDS.put("refund", new RefundPaymentCommand(DOSSIER_ID, null, clerk, "TX-1", REASON));
		COMMANDS.put("apology", new IssueApologyCommand(DOSSIER_ID, null, leader, REASON, NOW.plusSeconds(86_400L * 30),
				ApologyChannel.EMAIL));
		COMMANDS.put("sign",
				new SignDecisionCommand(DOSSIER_ID, null, leader, DECISION_SHA256, signedBy(leader, DECISION_SHA256)));
		COMMANDS.put("issue", new IssueResultCommand(DOSSIER_ID, null, clerk, "KQ-1", "1", RESULT_SHA256, false));
		COMMANDS.put("deliver",
				new DeliverResultCommand(DOSSIER_ID, null, desk, DeliveryMethod.AT_DESK, APPLICANT, null));
		COMMANDS.put("stop", new StopProcessingCommand(DOSSIER_ID, null, leader, REASON, LEGAL_BASIS));
		COMMANDS.put("withdraw", new RequestWithdrawalCommand(DOSSIER_ID, null, APPLICANT, null));
		COMMANDS.put("acceptWithdrawal", new AcceptWithdrawalCommand(DOSSIER_ID, null, desk));
		COMMANDS.put("rate", new RateSatisfactionCommand(DOSSIER_ID, null, APPLICANT, 5, null));
		// Wrong officers, people and amounts
		COMMANDS.put("receiveByThanhHoaDesk", new ReceiveDossierCommand(DOSSIER_ID, null, "th-tn-01", null));
		COMMANDS.put("transferByWardSpecialist",
				new TransferDossierCommand(DOSSIER_ID, null, "hn-phk-cv-01", leader, "TRINH_KY"));
		COMMANDS.put("signBySpecialist", new SignDecisionCommand(DOSSIER_ID, null, specialist, DECISION_SHA256,
				signedBy(specialist, DECISION_SHA256)));
		COMMANDS.put("stopByGhost", new StopProcessingCommand(DOSSIER_ID, null, "ghost-01", REASON, LEGAL_BASIS));
		COMMANDS.put("rateByStranger", new RateSatisfactionCommand(DOSSIER_ID, null, STRANGER, 1, null));
		COMMANDS.put("feesInflated", new RequestFinancialObligationCommand(DOSSIER_ID, null, specialist,
				List.of(new FeeLine("PHI_LLTP", "Phí", FeeType.FEE, 300_000))));
		COMMANDS.put("issueByLeader",
				new IssueResultCommand(DOSSIER_ID, null, leader, "KQ-1", "1", RESULT_SHA256, false));
	}

	private static final List<String> HAPPY_PATH = List.of("receive", "toSpecialist", "opinion", "fees", "pay",
			"toLeader", "sign", "toClerk", "issue", "deliver", "rate");

	@Provide
	Arbitrary<List<String>> sequences() {
		Arbitrary<Integer> prefix = Arbitraries.integers().between(0, HAPPY_PATH.size());
		Arbitrary<List<String>> tail = Arbitraries.of(List.copyOf(COMMANDS.keySet())).list().ofMaxSize(12);
		return Combinators.combine(prefix, tail).as((length, rest) -> {
			List<String> sequence = new ArrayList<>(HAPPY_PATH.subList(0, length));
			sequence.addAll(rest);
			return sequence;
		});
	}

	@Property(tries = 80)
	void statusChangesStayLegalAndReplayReproducesTheState(@ForAll("sequences") List<String> sequence) {
		DossierTestSupport support = new DossierTestSupport(Clock.fixed(NOW, ZoneOffset.UTC));
		AtomicReference<Object> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		support.fixture.registerCommandHandlerInterceptor((unitOfWork, chain) -> {
			try {
				Object value = chain.proceed();
				result.set(value);
				return value;
			}
			catch (Exception ex) {
				failure.set(ex);
				throw ex;
			}
		});
		List<Object> recorded = new ArrayList<>();
		DossierCommandResult last = apply(support, recorded, submit(), result, failure);
		assertThat(last).as("submission").isNotNull();
		boolean rated = false;
		for (String name : sequence) {
			int before = recorded.size();
			DossierStatus from = last.status();
			DossierCommandResult outcome = apply(support, recorded, COMMANDS.get(name), result, failure);
			if (outcome == null) {
				assertThat(recorded).hasSize(before);
				continue;
			}
			List<Object> added = recorded.subList(before, recorded.size());
			if (from.isTerminal()) {
				for (Object event : added) {
					boolean firstRatingAfterDelivery = from == DossierStatus.DELIVERED
							&& event instanceof SatisfactionRatedEvent && !rated;
					assertThat(firstRatingAfterDelivery || event instanceof PaymentRefundedEvent)
						.as("%s after terminal %s (command %s)", event.getClass().getSimpleName(), from, name)
						.isTrue();
				}
			}
			rated |= added.stream().anyMatch(SatisfactionRatedEvent.class::isInstance);
			if (outcome.status() != from) {
				assertThat(ALLOWED.get(from)).as("%s -> %s by %s", from, outcome.status(), name)
					.contains(outcome.status());
			}
			assertThat(outcome.version()).as("version after %s", name).isEqualTo(recorded.size() - 1);
			last = outcome;
		}
		DossierCommandResult expected = last;
		support.fixture.given(recorded)
			.whenInvoking(DOSSIER_ID,
					(dossier) -> assertThat(new DossierCommandResult(DOSSIER_ID, AggregateLifecycle.getVersion(),
							(DossierStatus) read(dossier, "status")))
						.isEqualTo(expected))
			.expectSuccessfulHandlerExecution();
	}

	private static SubmitDossierCommand submit() {
		return new SubmitDossierCommand(DOSSIER_ID, DOSSIER_CODE, CASE.procedureCode(), CASE.channel(), APPLICANT,
				APPLICANT_DATA, null, null, null, documents(CASE.components(), false), null);
	}

	/**
	 * Runs one command on the recorded history; appends its events and returns its
	 * result, or returns null when a rule refused it. Any other exception fails the
	 * property.
	 */
	private static DossierCommandResult apply(DossierTestSupport support, List<Object> recorded, Object command,
			AtomicReference<Object> result, AtomicReference<Throwable> failure) {
		result.set(null);
		failure.set(null);
		List<Object> produced = new ArrayList<>();
		var validator = (recorded.isEmpty() ? support.fixture.givenNoPriorActivity() : support.fixture.given(recorded))
			.when(command);
		if (failure.get() != null) {
			assertThat(failure.get()).as("only rule violations may refuse a command")
				.isInstanceOf(DossierRuleViolation.class);
			validator.expectNoEvents();
			return null;
		}
		validator.expectEventsMatching(new BaseMatcher<List<EventMessage<?>>>() {
			@Override
			public boolean matches(Object actual) {
				((List<?>) actual).forEach((message) -> produced.add(((EventMessage<?>) message).getPayload()));
				return true;
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("any events");
			}
		});
		recorded.addAll(produced);
		return (DossierCommandResult) result.get();
	}

	private static Object read(Dossier dossier, String field) {
		try {
			Field declared = Dossier.class.getDeclaredField(field);
			declared.setAccessible(true);
			return declared.get(dossier);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
