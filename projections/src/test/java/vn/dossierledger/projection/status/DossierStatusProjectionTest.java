package vn.dossierledger.projection.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static vn.dossierledger.projection.BirthRegistrationEvents.APPLICANT;
import static vn.dossierledger.projection.BirthRegistrationEvents.CLERK;
import static vn.dossierledger.projection.BirthRegistrationEvents.DESK_UNIT;
import static vn.dossierledger.projection.BirthRegistrationEvents.DOSSIER_CODE;
import static vn.dossierledger.projection.BirthRegistrationEvents.DOSSIER_ID;
import static vn.dossierledger.projection.BirthRegistrationEvents.RECEIVING_OFFICER;
import static vn.dossierledger.projection.BirthRegistrationEvents.SECRET_SHA256;
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
import java.util.function.Predicate;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.FindDossierStatusQuery;
import vn.dossierledger.events.query.status.FindFiledDossierStatusQuery;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.YamlProcedureCatalogue;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;

class DossierStatusProjectionTest {

	private static final Instant DUE = at("16:10");

	private static final Instant LATER = on("2026-03-03", "09:00");

	private final InMemoryStatusStore store = new InMemoryStatusStore();

	private final QueryUpdateEmitter emitter = mock(QueryUpdateEmitter.class);

	private final DossierStatusProjection projection = new DossierStatusProjection(this.store, new InMemoryStepStore(),
			YamlProcedureCatalogue.loadDefault(), YamlOfficerRegistry.loadDefault(), this.emitter,
			new StatutoryClock(WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE)));

	/** Every event fed so far, in order, to redeliver or replay. */
	private final List<Runnable> history = new ArrayList<>();

	@Test
	void submissionAwaitsIntakeAtTheDeskOfTheCompetentAgency() {
		feed((sequence) -> this.projection.on(submitted("08:00"), sequence, at("08:00")));

		DossierStatusView view = view();
		assertThat(view.nationalStatusCode()).isEqualTo(1);
		assertThat(view.statusLabel()).isEqualTo("Mới đăng ký");
		assertThat(view.procedureName()).isEqualTo("Đăng ký khai sinh");
		assertThat(view.agencyId()).isEqualTo("hn-phk");
		assertThat(view.agencyName()).isNotBlank();
		assertThat(view.applicantRef()).isEqualTo(APPLICANT.value());
		assertThat(view.nextAction().code()).isEqualTo("AWAITING_INTAKE");
		assertThat(view.nextAction().vietnamese()).isEqualTo("Chờ tiếp nhận");
		assertThat(row().holderUnitId()).isEqualTo(DESK_UNIT);
		assertThat(row().active()).isTrue();
	}

	@Test
	void followsReceiptTransferPausesPaymentAndResult() {
		receiveAndTransfer();
		assertThat(view().nationalStatusCode()).isEqualTo(4);
		assertThat(row().holderOfficerId()).isEqualTo(SPECIALIST.id());
		assertThat(row().holderUnitId()).isEqualTo(SPECIALIST_UNIT);
		assertThat(view().currentStep()).isEqualTo("THAM_DINH");

		feed((sequence) -> this.projection.on(supplementRequested("09:30"), sequence, at("09:30")));
		DossierStatusView awaitingSupplement = view();
		assertThat(awaitingSupplement.nationalStatusCode()).isEqualTo(5);
		assertThat(awaitingSupplement.paused()).isTrue();
		assertThat(awaitingSupplement.overdue()).as("the clock is stopped while the citizen supplements").isFalse();
		assertThat(awaitingSupplement.nextAction().english()).isEqualTo("awaiting your supplement");

		feed((sequence) -> this.projection.on(supplementReceived("10:30", at("17:00")), sequence, at("10:30")));
		assertThat(view().dueAt()).isEqualTo(at("17:00"));
		assertThat(view().nationalStatusCode()).isEqualTo(4);

		feed((sequence) -> this.projection.on(feesRequested("11:00", 8000), sequence, at("11:00")));
		DossierStatusView awaitingPayment = view();
		assertThat(awaitingPayment.nationalStatusCode()).isEqualTo(6);
		assertThat(awaitingPayment.nextAction().vietnamese()).isEqualTo("Chờ nộp phí");
		assertThat(awaitingPayment.amountDueVnd()).isEqualTo(8000);

		feed((sequence) -> this.projection.on(paid("11:20", 8000, at("17:00")), sequence, at("11:20")));
		assertThat(view().nationalStatusCode()).as("back to processing").isEqualTo(4);
		assertThat(view().amountPaidVnd()).isEqualTo(8000);

		feed((sequence) -> this.projection.on(transferred(SPECIALIST, CLERK, "BAN_HANH", "13:00", "14:00"), sequence,
				at("13:00")));
		feed((sequence) -> this.projection.on(resultIssued("13:30"), sequence, at("13:30")));
		DossierStatusView resolved = view();
		assertThat(resolved.nationalStatusCode()).isEqualTo(9);
		assertThat(resolved.closedAt()).isEqualTo(at("13:30"));
		assertThat(resolved.nextAction().code()).isEqualTo("COLLECT_RESULT");
		assertThat(row().holderUnitId()).as("the result waits at the desk").isEqualTo(DESK_UNIT);

		feed((sequence) -> this.projection.on(delivered("15:00"), sequence, at("15:00")));
		assertThat(view().nextAction().code()).isEqualTo("RATE_SERVICE");
		assertThat(view().closedAt()).as("the first closing status counts").isEqualTo(at("13:30"));
		assertThat(row().active()).isFalse();
		feed((sequence) -> this.projection.on(rated("15:05"), sequence, at("15:05")));
		assertThat(view().nextAction().code()).isEqualTo("NONE_COMPLETED");
	}

	@Test
	void overdueOnceTheStatutoryClockRecordsTheMissNeverFromTheMomentOfAsking() {
		receiveAndTransfer();
		assertThat(view().overdue()).as("nothing recorded yet, whatever the time").isFalse();

		feed((sequence) -> this.projection.on(dueDateMissed(DUE), sequence, DUE));
		assertThat(view().overdue()).as("recorded by the statutory clock").isTrue();

		feed((sequence) -> this.projection.on(apologised("16:20", DUE, LATER), sequence, at("16:20")));
		DossierStatusView afterApology = view();
		assertThat(afterApology.apologyIssued()).isTrue();
		assertThat(afterApology.apologyNewDueAt()).isEqualTo(LATER);
		assertThat(afterApology.dueAt()).isEqualTo(LATER);
		assertThat(afterApology.overdue()).as("the new appointment has not passed").isFalse();
	}

	@Test
	void aDossierResolvedAfterItsDueDateIsOverdueThoughNoMissWasRecorded() {
		receiveAndTransfer();
		feed((sequence) -> this.projection.on(resultIssued("17:00"), sequence, at("17:00")));

		assertThat(row().closedOnTime()).isFalse();
		assertThat(view().overdue()).as("closed after the due date: late, as the 766 statistics count it").isTrue();
	}

	@Test
	void aDossierResolvedInTimeStaysOnTimeAndResolvedWhateverFollowsTheResult() {
		receiveAndTransfer();
		feed((sequence) -> this.projection.on(resultIssued("15:00"), sequence, at("15:00")));
		feed((sequence) -> this.projection.on(feesRequested("15:30", 8000), sequence, at("15:30")));
		// A stale deadline recorded after the result by an earlier release: no longer
		// late.
		feed((sequence) -> this.projection.on(dueDateMissed(DUE), sequence, DUE));

		assertThat(row().closedOnTime()).isTrue();
		DossierStatusView view = view();
		assertThat(view.status()).isEqualTo("RESOLVED");
		assertThat(view.overdue()).isFalse();
		assertThat(view.amountDueVnd()).isEqualTo(8000);
		assertThat(view.nextAction().code()).isEqualTo("AWAITING_PAYMENT");
	}

	@Test
	void aSecondProcessingSupplementMakesTheDossierLateHoweverEarlyItCloses() {
		receiveAndTransfer();
		feed((sequence) -> this.projection.on(supplementRequested("09:00"), sequence, at("09:00")));
		feed((sequence) -> this.projection.on(supplementReceived("09:30", DUE), sequence, at("09:30")));
		feed((sequence) -> this.projection.on(supplementRequested("10:00"), sequence, at("10:00")));
		feed((sequence) -> this.projection.on(supplementReceived("10:30", DUE), sequence, at("10:30")));
		feed((sequence) -> this.projection.on(resultIssued("11:00"), sequence, at("11:00")));

		assertThat(view().overdue()).as("R3: more than one processing-stage supplement counts as late").isTrue();
	}

	@Test
	void withdrawalAwaitsAcceptanceThenCloses() {
		receiveAndTransfer();
		feed((sequence) -> this.projection.on(withdrawalRequested("10:00"), sequence, at("10:00")));
		assertThat(view().nextAction().code()).isEqualTo("AWAITING_WITHDRAWAL_ACCEPTANCE");

		feed((sequence) -> this.projection.on(withdrawalAccepted("10:30"), sequence, at("10:30")));
		DossierStatusView withdrawn = view();
		assertThat(withdrawn.nationalStatusCode()).isEqualTo(7);
		assertThat(withdrawn.closedAt()).isEqualTo(at("10:30"));
		assertThat(withdrawn.nextAction().code()).isEqualTo("NONE_WITHDRAWN");
	}

	@Test
	void anExceededHoldingLimitChangesNothingTheCitizenSeesButIsApplied() {
		receiveAndTransfer();
		DossierStatusView before = view();

		feed((sequence) -> this.projection.on(holdingLimitExceeded("08:30", at("15:30")), sequence, at("15:30")));

		assertThat(view()).isEqualTo(before);
		assertThat(row().lastSequence()).isEqualTo(3);
	}

	@Test
	void redeliveredEventChangesNothing() {
		receiveAndTransfer();
		feed((sequence) -> this.projection.on(supplementRequested("09:30"), sequence, at("09:30")));
		DossierStatusView before = view();
		long lastSequence = row().lastSequence();

		this.history.get(2).run(); // the transfer, delivered again
		this.history.get(1).run(); // and the receipt

		assertThat(view()).isEqualTo(before);
		assertThat(row().lastSequence()).isEqualTo(lastSequence);
	}

	@Test
	void replayAfterResetGivesTheSameRow() {
		receiveAndTransfer();
		feed((sequence) -> this.projection.on(feesRequested("11:00", 8000), sequence, at("11:00")));
		feed((sequence) -> this.projection.on(paid("11:20", 8000, at("17:00")), sequence, at("11:20")));
		feed((sequence) -> this.projection.on(dueDateMissed(at("17:00")), sequence, at("17:00")));
		DossierStatusView live = view();

		this.projection.reset();
		assertThat(this.store.findById(DOSSIER_ID)).isEmpty();
		this.history.forEach(Runnable::run);

		assertThat(view()).isEqualTo(live);
	}

	@Test
	void emitsEachChangeToSubscriptionsWithTheRightCodeAndSecretOnly() {
		feed((sequence) -> this.projection.on(submitted("08:00"), sequence, at("08:00")));

		@SuppressWarnings("unchecked")
		ArgumentCaptor<Predicate<FindDossierStatusQuery>> filter = ArgumentCaptor.forClass(Predicate.class);
		ArgumentCaptor<DossierStatusView> update = ArgumentCaptor.forClass(DossierStatusView.class);
		verify(this.emitter).emit(eq(FindDossierStatusQuery.class), filter.capture(), update.capture());
		assertThat(update.getValue().nationalStatusCode()).isEqualTo(1);
		assertThat(filter.getValue().test(new FindDossierStatusQuery(DOSSIER_CODE, SECRET_SHA256))).isTrue();
		assertThat(filter.getValue().test(new FindDossierStatusQuery(DOSSIER_CODE, "0".repeat(64)))).isFalse();
		assertThat(filter.getValue().test(new FindDossierStatusQuery(DOSSIER_CODE, null))).isFalse();
		assertThat(filter.getValue().test(new FindDossierStatusQuery("other-code", SECRET_SHA256))).isFalse();
	}

	@Test
	void emitsEachChangeToTheSignedInPagesOfTheCitizenWhoFiledItOnly() {
		feed((sequence) -> this.projection.on(submitted("08:00"), sequence, at("08:00")));

		@SuppressWarnings("unchecked")
		ArgumentCaptor<Predicate<FindFiledDossierStatusQuery>> filter = ArgumentCaptor.forClass(Predicate.class);
		verify(this.emitter).emit(eq(FindFiledDossierStatusQuery.class), filter.capture(), any(Object.class));
		assertThat(filter.getValue().test(new FindFiledDossierStatusQuery(DOSSIER_CODE, APPLICANT.value()))).isTrue();
		assertThat(filter.getValue().test(new FindFiledDossierStatusQuery(DOSSIER_CODE, "subj-002"))).isFalse();
		assertThat(filter.getValue().test(new FindFiledDossierStatusQuery(DOSSIER_CODE, null))).isFalse();
		assertThat(filter.getValue().test(new FindFiledDossierStatusQuery("other-code", APPLICANT.value()))).isFalse();
	}

	@Test
	void noEmissionForARedeliveredEvent() {
		feed((sequence) -> this.projection.on(submitted("08:00"), sequence, at("08:00")));
		this.history.get(0).run();
		verify(this.emitter, times(1)).emit(eq(FindDossierStatusQuery.class), any(Predicate.class), any(Object.class));
	}

	@Test
	void noEmissionWhileReplaying() {
		TrackingToken replaying = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10),
				new GlobalSequenceTrackingToken(0));
		EventMessage<?> replayed = new GenericTrackedEventMessage<>(replaying,
				GenericEventMessage.asEventMessage(submitted("08:00")));
		DefaultUnitOfWork.startAndGet(replayed).execute(() -> this.projection.on(submitted("08:00"), 0, at("08:00")));

		assertThat(this.store.findById(DOSSIER_ID)).isPresent();
		verifyNoInteractions(this.emitter);
	}

	private void receiveAndTransfer() {
		feed((sequence) -> this.projection.on(submitted("08:00"), sequence, at("08:00")));
		feed((sequence) -> this.projection.on(received("08:10", DUE), sequence, at("08:10")));
		assertThat(view().nationalStatusCode()).isEqualTo(2);
		assertThat(view().nextAction().code()).isEqualTo("AWAITING_TRANSFER");
		assertThat(row().holderOfficerId()).isEqualTo(RECEIVING_OFFICER.id());
		feed((sequence) -> this.projection.on(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:30", "11:30"),
				sequence, at("08:30")));
	}

	/** Feeds the next event with the next aggregate sequence number and remembers it. */
	private void feed(SequencedDelivery delivery) {
		long sequence = this.history.size();
		Runnable step = () -> delivery.deliver(sequence);
		this.history.add(step);
		step.run();
	}

	private DossierStatusRow row() {
		return this.store.findById(DOSSIER_ID).orElseThrow();
	}

	private DossierStatusView view() {
		return DossierStatusViews.citizenView(row());
	}

	@FunctionalInterface
	private interface SequencedDelivery {

		void deliver(long sequence);

	}

}
