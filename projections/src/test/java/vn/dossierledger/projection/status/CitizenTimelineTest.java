package vn.dossierledger.projection.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static vn.dossierledger.projection.BirthRegistrationEvents.APPLICANT;
import static vn.dossierledger.projection.BirthRegistrationEvents.CLERK;
import static vn.dossierledger.projection.BirthRegistrationEvents.DOSSIER_ID;
import static vn.dossierledger.projection.BirthRegistrationEvents.LEADER;
import static vn.dossierledger.projection.BirthRegistrationEvents.RECEIVING_OFFICER;
import static vn.dossierledger.projection.BirthRegistrationEvents.SPECIALIST;
import static vn.dossierledger.projection.BirthRegistrationEvents.SPECIALIST_UNIT;
import static vn.dossierledger.projection.BirthRegistrationEvents.apologised;
import static vn.dossierledger.projection.BirthRegistrationEvents.at;
import static vn.dossierledger.projection.BirthRegistrationEvents.delivered;
import static vn.dossierledger.projection.BirthRegistrationEvents.dueDateMissed;
import static vn.dossierledger.projection.BirthRegistrationEvents.feesRequested;
import static vn.dossierledger.projection.BirthRegistrationEvents.holdingLimitExceeded;
import static vn.dossierledger.projection.BirthRegistrationEvents.on;
import static vn.dossierledger.projection.BirthRegistrationEvents.paid;
import static vn.dossierledger.projection.BirthRegistrationEvents.rated;
import static vn.dossierledger.projection.BirthRegistrationEvents.received;
import static vn.dossierledger.projection.BirthRegistrationEvents.resultIssued;
import static vn.dossierledger.projection.BirthRegistrationEvents.submitted;
import static vn.dossierledger.projection.BirthRegistrationEvents.supplementReceived;
import static vn.dossierledger.projection.BirthRegistrationEvents.supplementRequested;
import static vn.dossierledger.projection.BirthRegistrationEvents.transferred;
import static vn.dossierledger.projection.BirthRegistrationEvents.withdrawalAccepted;
import static vn.dossierledger.projection.BirthRegistrationEvents.withdrawalRequested;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DecisionSignedEvent;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FeeType;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.OpinionRecordedEvent;
import vn.dossierledger.events.dossier.PaymentFailedEvent;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PaymentRefundedEvent;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.SignatureCheck;
import vn.dossierledger.events.dossier.SubmissionSignatureVerifiedEvent;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.query.status.CitizenStepView;
import vn.dossierledger.events.query.status.DossierStepsView;
import vn.dossierledger.events.query.status.ExpectedOfCitizen;
import vn.dossierledger.events.query.status.ExpectedPayment;
import vn.dossierledger.events.query.status.ExpectedSupplement;
import vn.dossierledger.events.query.status.FeeLineView;
import vn.dossierledger.events.query.status.SupplementItemView;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.YamlProcedureCatalogue;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;

/**
 * The citizen's timeline kept by the status projection: one step per event a citizen may
 * see, dated by the event's business time, with the status after it and only the facts
 * the citizen needs; internal events add nothing, a redelivered event no second step, and
 * what is expected of the citizen follows the status.
 */
class CitizenTimelineTest {

	private static final Instant DUE = at("16:10");

	private static final Instant LATER = on("2026-03-03", "09:00");

	/** Recorded a little after the business time, which is what a step shows. */
	private static final long RECORDING_DELAY_SECONDS = 7;

	private static final SupplementItem BLURRED_CERTIFICATE = new SupplementItem("GIAY_CHUNG_SINH",
			"Bản chụp mờ, không đọc được");

	private final InMemoryStatusStore rows = new InMemoryStatusStore();

	private final InMemoryStepStore steps = new InMemoryStepStore();

	private final DossierStatusProjection projection = new DossierStatusProjection(this.rows, this.steps,
			YamlProcedureCatalogue.loadDefault(), YamlOfficerRegistry.loadDefault(), mock(QueryUpdateEmitter.class),
			new StatutoryClock(WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE)));

	private final AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(this.projection);

	/** Every event fed so far, in order, to redeliver or replay. */
	private final List<Runnable> history = new ArrayList<>();

	@Test
	void submissionIsTheFirstStepDatedByItsBusinessTime() {
		feed(submitted("08:00"));

		CitizenStepView submittedStep = only();
		assertThat(submittedStep.step()).isEqualTo("SUBMITTED");
		assertThat(submittedStep.label()).isEqualTo("Nộp hồ sơ");
		assertThat(submittedStep.occurredAt()).isEqualTo(at("08:00"));
		assertThat(submittedStep.nationalStatusCode()).isEqualTo(1);
		assertThat(submittedStep.newDueAt()).isNull();
		assertThat(timeline().dossierCode()).isEqualTo(submitted("08:00").dossierCode());
		assertThat(timeline().expected()).isEqualTo(ExpectedOfCitizen.NOTHING);
	}

	@Test
	void anIntakeSupplementRequestIsExpectedOfTheCitizenUntilTheySupplyIt() {
		feed(submitted("08:00"));
		feed(new IntakeSupplementRequestedEvent(DOSSIER_ID, List.of(BLURRED_CERTIFICATE),
				"Giấy chứng sinh không đọc được", "Nghị định 118/2025/NĐ-CP", "vượt giới hạn", RECEIVING_OFFICER,
				at("08:05")));

		CitizenStepView request = last();
		assertThat(request.step()).isEqualTo("INTAKE_SUPPLEMENT_REQUESTED");
		assertThat(request.nationalStatusCode()).isEqualTo(5);
		assertThat(request.reason()).isEqualTo("Giấy chứng sinh không đọc được");
		assertThat(request.legalBasis()).isEqualTo("Nghị định 118/2025/NĐ-CP");
		assertThat(request.supplementItems())
			.containsExactly(new SupplementItemView("GIAY_CHUNG_SINH", "Bản chụp mờ, không đọc được"));
		assertThat(timeline().expected()).isEqualTo(new ExpectedOfCitizen(
				new ExpectedSupplement(at("08:05"), "Giấy chứng sinh không đọc được", "Nghị định 118/2025/NĐ-CP",
						List.of(new SupplementItemView("GIAY_CHUNG_SINH", "Bản chụp mờ, không đọc được"))),
				null));
		assertThat(timeline().toString()).as("why the once-per-stage limit was overridden is internal")
			.doesNotContain("vượt giới hạn");

		feed(new SupplementSubmittedEvent(DOSSIER_ID, List.of(), Actor.applicant(APPLICANT), at("08:20")));
		assertThat(last().step()).isEqualTo("SUPPLEMENT_SUBMITTED");
		assertThat(last().nationalStatusCode()).isEqualTo(1);
		assertThat(timeline().expected()).isEqualTo(ExpectedOfCitizen.NOTHING);
	}

	@Test
	void anIntakeRejectionGivesItsReasonAndLegalBasis() {
		feed(submitted("08:00"));
		feed(new IntakeRejectedEvent(DOSSIER_ID, "Không thuộc thẩm quyền", "Luật Hộ tịch 2014, Điều 13",
				RECEIVING_OFFICER, at("08:05")));

		assertThat(last())
			.extracting(CitizenStepView::step, CitizenStepView::nationalStatusCode, CitizenStepView::reason,
					CitizenStepView::legalBasis)
			.containsExactly("INTAKE_REJECTED", 3, "Không thuộc thẩm quyền", "Luật Hộ tịch 2014, Điều 13");
	}

	@Test
	void theReceiptSetsTheDueDateAndATransferNamesOnlyTheReceivingUnit() {
		receiveAndTransfer();

		List<CitizenStepView> steps = timeline().steps();
		assertThat(steps).extracting(CitizenStepView::step, CitizenStepView::nationalStatusCode)
			.containsExactly(tuple("SUBMITTED", 1), tuple("RECEIVED", 2), tuple("TRANSFERRED", 4));
		assertThat(steps.get(1).newDueAt()).isEqualTo(DUE);
		CitizenStepView transfer = steps.get(2);
		assertThat(transfer.unitId()).isEqualTo(SPECIALIST_UNIT);
		assertThat(transfer.unitName())
			.isEqualTo(YamlOfficerRegistry.loadDefault().unit(SPECIALIST_UNIT).orElseThrow().name());
		assertThat(transfer.newDueAt()).as("a transfer moves no due date").isNull();
		assertThat(timeline().toString()).doesNotContain(RECEIVING_OFFICER.id(), SPECIALIST.id());
	}

	@Test
	void aProcessingSupplementIsExpectedWithItsItemsAndItsReceiptMovesTheDueDate() {
		receiveAndTransfer();
		feed(supplementRequested("09:30"));

		CitizenStepView request = last();
		assertThat(request.step()).isEqualTo("SUPPLEMENT_REQUESTED");
		assertThat(request.nationalStatusCode()).isEqualTo(5);
		assertThat(request.reason()).isEqualTo("Giấy chứng sinh không đọc được");
		assertThat(request.legalBasis()).isEqualTo("Nghị định 123/2015/NĐ-CP");
		assertThat(request.supplementItems()).containsExactly(new SupplementItemView("GIAY_CHUNG_SINH", "Bản mờ"));
		ExpectedSupplement expected = timeline().expected().supplement();
		assertThat(expected.requestedAt()).isEqualTo(at("09:30"));
		assertThat(expected.items()).isEqualTo(request.supplementItems());
		assertThat(timeline().expected().payment()).isNull();
		assertThat(timeline().toString()).as("the approving leader is an officer").doesNotContain(LEADER.id());

		feed(supplementReceived("10:30", at("17:00")));
		assertThat(last())
			.extracting(CitizenStepView::step, CitizenStepView::nationalStatusCode, CitizenStepView::newDueAt)
			.containsExactly("SUPPLEMENT_RECEIVED", 4, at("17:00"));
		assertThat(timeline().expected()).isEqualTo(ExpectedOfCitizen.NOTHING);
	}

	@Test
	void feesAreExpectedLineByLineUntilPaidAndPaymentsAndRefundsShowTheirAmounts() {
		receiveAndTransfer();
		feed(new FinancialObligationRequestedEvent(DOSSIER_ID,
				List.of(new FeeLine("LP", "Lệ phí", FeeType.CHARGE, 8000), new FeeLine("P", "Phí", FeeType.FEE, 2000)),
				10000, true, SPECIALIST, at("11:00")));

		CitizenStepView fees = last();
		assertThat(fees.step()).isEqualTo("FEE_REQUESTED");
		assertThat(fees.nationalStatusCode()).isEqualTo(6);
		assertThat(fees.fees()).containsExactly(new FeeLineView("Lệ phí", 8000), new FeeLineView("Phí", 2000));
		assertThat(fees.amountVnd()).isEqualTo(10000);
		ExpectedPayment expected = new ExpectedPayment(fees.fees(), 10000);
		assertThat(timeline().expected()).isEqualTo(new ExpectedOfCitizen(null, expected));

		feed(new PaymentFailedEvent(DOSSIER_ID, "tx-0", 10000, PaymentGateway.NATIONAL_PORTAL, "Thẻ hết hạn",
				Actor.paymentGateway(PaymentGateway.NATIONAL_PORTAL), at("11:10")));
		assertThat(last())
			.extracting(CitizenStepView::step, CitizenStepView::nationalStatusCode, CitizenStepView::amountVnd)
			.containsExactly("PAYMENT_FAILED", 6, 10000L);
		assertThat(timeline().expected().payment()).as("still due").isEqualTo(expected);

		feed(paid("11:20", 10000, at("17:00")));
		assertThat(last())
			.extracting(CitizenStepView::step, CitizenStepView::nationalStatusCode, CitizenStepView::amountVnd,
					CitizenStepView::newDueAt)
			.containsExactly("PAYMENT_SUCCEEDED", 4, 10000L, at("17:00"));
		assertThat(timeline().expected()).isEqualTo(ExpectedOfCitizen.NOTHING);

		feed(new PaymentRefundedEvent(DOSSIER_ID, "tx-1", 10000, "Thu nhầm", LEADER, at("11:40")));
		assertThat(last()).extracting(CitizenStepView::step, CitizenStepView::amountVnd)
			.containsExactly("PAYMENT_REFUNDED", 10000L);
		assertThat(timeline().toString()).as("payment references are not the citizen's timeline")
			.doesNotContain("tx-0", "tx-1", "BL-1");
	}

	@Test
	void feesAskedAfterTheResultAreExpectedThoughTheDossierStaysResolved() {
		receiveAndTransfer();
		feed(resultIssued("13:30"));
		feed(feesRequested("14:00", 8000));

		assertThat(last().nationalStatusCode()).isEqualTo(9);
		assertThat(timeline().expected()).isEqualTo(
				new ExpectedOfCitizen(null, new ExpectedPayment(List.of(new FeeLineView("Lệ phí", 8000)), 8000)));
	}

	@Test
	void theApologyAndTheMissedDueDateAreSteps() {
		receiveAndTransfer();
		feed(dueDateMissed(DUE));
		feed(apologised("16:20", DUE, LATER));

		List<CitizenStepView> steps = timeline().steps();
		assertThat(steps.get(3)).extracting(CitizenStepView::step, CitizenStepView::occurredAt)
			.containsExactly("DUE_DATE_MISSED", DUE);
		assertThat(steps.get(4)).extracting(CitizenStepView::step, CitizenStepView::reason, CitizenStepView::newDueAt)
			.containsExactly("APOLOGY_ISSUED", "Chờ xác minh thông tin", LATER);
	}

	@Test
	void theDecisionResultDeliveryAndRatingCloseTheTimeline() {
		receiveAndTransfer();
		feed(new DecisionSignedEvent(DOSSIER_ID, "d".repeat(64), null, LEADER, at("13:00")));
		feed(resultIssued("13:30"));
		feed(delivered("15:00"));
		feed(rated("15:05"));

		assertThat(timeline().steps()).extracting(CitizenStepView::step, CitizenStepView::nationalStatusCode)
			.endsWith(tuple("DECISION_SIGNED", 4), tuple("RESULT_ISSUED", 9), tuple("RESULT_DELIVERED", 10),
					tuple("RATED", 10));
		assertThat(timeline().toString()).as("the citizen's comment and the recipient are not repeated")
			.doesNotContain("Nhanh", APPLICANT.value(), CLERK.id(), "123/2026/GKS");
	}

	@Test
	void aStopGivesItsReasonAndLegalBasis() {
		receiveAndTransfer();
		feed(new ProcessingStoppedEvent(DOSSIER_ID, "Không đủ điều kiện", "Luật Hộ tịch 2014, Điều 16", LEADER,
				at("10:00")));

		assertThat(last())
			.extracting(CitizenStepView::step, CitizenStepView::nationalStatusCode, CitizenStepView::reason,
					CitizenStepView::legalBasis)
			.containsExactly("PROCESSING_STOPPED", 8, "Không đủ điều kiện", "Luật Hộ tịch 2014, Điều 16");
	}

	@Test
	void aWithdrawalIsTwoStepsAndNothingIsExpectedWhileItAwaitsAcceptance() {
		receiveAndTransfer();
		feed(supplementRequested("09:30"));
		feed(withdrawalRequested("10:00"));

		assertThat(last()).extracting(CitizenStepView::step, CitizenStepView::nationalStatusCode)
			.containsExactly("WITHDRAWAL_REQUESTED", 5);
		assertThat(timeline().expected()).as("as the next action says").isEqualTo(ExpectedOfCitizen.NOTHING);

		feed(withdrawalAccepted("10:30"));
		assertThat(last()).extracting(CitizenStepView::step, CitizenStepView::nationalStatusCode)
			.containsExactly("WITHDRAWN", 7);
		assertThat(timeline().toString()).doesNotContain("Không cần nữa");
	}

	@Test
	void opinionsHoldingLimitsAndSignatureChecksAddNoStep() {
		receiveAndTransfer();
		List<CitizenStepView> before = timeline().steps();

		feed(new SubmissionSignatureVerifiedEvent(DOSSIER_ID, "TO_KHAI", "a".repeat(64),
				new SignatureCheck(true, null, "SHA256withECDSA", "01", "CN=CA", "CN=An", at("08:31")),
				Actor.STATUTORY_CLOCK, at("08:31")));
		feed(new OpinionRecordedEvent(DOSSIER_ID, "THAM_DINH", Recommendation.APPROVE, "Đủ điều kiện", SPECIALIST,
				at("09:00")));
		feed(holdingLimitExceeded("08:30", at("15:30")));

		assertThat(timeline().steps()).isEqualTo(before);
		assertThat(this.rows.findById(DOSSIER_ID).orElseThrow().lastSequence()).as("yet each was applied").isEqualTo(5);
	}

	@Test
	void aRedeliveredEventAddsNoSecondStep() {
		receiveAndTransfer();
		feed(supplementRequested("09:30"));
		DossierStepsView before = timeline();

		this.history.get(3).run(); // the supplement request, delivered again
		this.history.get(0).run(); // and the submission

		assertThat(timeline()).isEqualTo(before);
		assertThat(this.steps.size()).isEqualTo(4);
	}

	@Test
	void anEventOfADossierWithoutARowAddsNothingAndDoesNotFail() {
		this.projection.on(received("08:10", DUE), 1, at("08:10"));
		this.projection.on(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:30", "11:30"), 2, at("08:30"));

		assertThat(this.rows.findById(DOSSIER_ID)).isEmpty();
		assertThat(this.steps.size()).isZero();
	}

	@Test
	void aResetClearsTheStepsAndAReplayGivesThemBack() {
		receiveAndTransfer();
		feed(feesRequested("11:00", 8000));
		feed(paid("11:20", 8000, at("17:00")));
		DossierStepsView live = timeline();

		this.handlers.prepareReset();
		assertThat(this.steps.size()).isZero();
		assertThat(this.rows.findById(DOSSIER_ID)).isEmpty();
		this.history.forEach(Runnable::run);

		assertThat(timeline()).isEqualTo(live);
	}

	private void receiveAndTransfer() {
		feed(submitted("08:00"));
		feed(received("08:10", DUE));
		feed(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:30", "11:30"));
	}

	/**
	 * Feeds the event through its annotated handler, as a processor would, with the next
	 * aggregate sequence number, recorded a little after its business time; and remembers
	 * it.
	 */
	private void feed(DossierEvent event) {
		long sequence = this.history.size();
		EventMessage<?> message = new GenericDomainEventMessage<>("Dossier", event.dossierId(), sequence, event,
				Map.of(), "event-" + sequence, event.occurredAt().plusSeconds(RECORDING_DELAY_SECONDS));
		Runnable delivery = () -> {
			try {
				this.handlers.handle(message);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		this.history.add(delivery);
		delivery.run();
	}

	private DossierStepsView timeline() {
		return CitizenStepViews.timeline(this.rows.findById(DOSSIER_ID).orElseThrow(), this.steps.timeline(DOSSIER_ID));
	}

	private CitizenStepView only() {
		assertThat(timeline().steps()).hasSize(1);
		return timeline().steps().get(0);
	}

	private CitizenStepView last() {
		List<CitizenStepView> steps = timeline().steps();
		return steps.get(steps.size() - 1);
	}

}
