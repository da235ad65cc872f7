package vn.dossierledger.projection.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.CopyType;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.ProcessingTime;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SatisfactionRatedEvent;
import vn.dossierledger.events.dossier.SlaUnit;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.VietnamTime;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.YamlProcedureCatalogue;

/**
 * The fact-building handlers, called directly with events, over a map instead of the
 * database. Times are Vietnam local; office hours 07:30–11:30 and 13:00–17:00.
 */
class PerformanceStatisticsProjectionTest {

	private static final String ID = "d-1";

	private static final Actor DESK = new Actor("hn-phk-tn-01", Role.RECEIVING_OFFICER, "hn-phk-1c");

	private static final Actor SPECIALIST = new Actor("hn-phk-cv-01", Role.SPECIALIST, "hn-phk-vhxh");

	private static final Actor CLERK = new Actor("hn-phk-vt-01", Role.CLERK, "hn-phk-vhxh");

	private final InMemoryFacts facts = new InMemoryFacts();

	private final StatisticsChanges changes = new StatisticsChanges();

	private final PerformanceStatisticsProjection projection;

	PerformanceStatisticsProjectionTest() {
		WorkingCalendar calendar = WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE);
		this.projection = new PerformanceStatisticsProjection(this.facts, YamlProcedureCatalogue.loadDefault(),
				new StatutoryClock(calendar), calendar, this.changes);
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(VietnamTime.ZONE).toInstant();
	}

	private void submit(String procedureCode, Channel channel, SubmittedDocument... documents) {
		this.projection.on(new DossierSubmittedEvent(ID, "C-1", procedureCode, "2025.1", channel, new SubjectRef("s"),
				null, null, null, null, List.of(documents), "f".repeat(64), DESK, at("2025-10-06T07:45")), 0);
	}

	private void receive(long sequence, String at, String due) {
		this.projection.on(new DossierReceivedEvent(ID, "TN-1", "2025.1", new ProcessingTime(3, SlaUnit.WORKING_DAYS),
				at(due), "test", DeliveryMethod.AT_DESK, DESK, at(at)), sequence);
	}

	private void transfer(long sequence, String at) {
		this.projection.on(new DossierTransferredEvent(ID, new Holder(DESK.id(), DESK.unitId(), "hn-phk"),
				new Holder(SPECIALIST.id(), SPECIALIST.unitId(), "hn-phk"), "THAM_DINH", at("2025-10-09T08:00"), DESK,
				at(at)), sequence);
	}

	private void requestSupplement(long sequence, String at) {
		this.projection.on(new SupplementRequestedEvent(ID, List.of(new SupplementItem("C", "x")), "Thiếu giấy tờ",
				"NĐ 118/2025", "hn-phk-ld-01", null, SPECIALIST, at(at)), sequence);
	}

	private void receiveSupplement(long sequence, long pausedMinutes, String at) {
		this.projection.on(new SupplementReceivedEvent(ID, List.of(), pausedMinutes, null, DESK, at(at)), sequence);
	}

	private void issueResult(long sequence, boolean electronic, String at) {
		this.projection.on(new ResultIssuedEvent(ID, "KQ", "1", "e".repeat(64), electronic, CLERK, at(at)), sequence);
	}

	private DossierFact fact() {
		return this.facts.findById(ID).orElseThrow();
	}

	private static SubmittedDocument document(boolean digitised, boolean reused) {
		return new SubmittedDocument("C", "Giấy", CopyType.COPY, "a".repeat(64), digitised, reused, null);
	}

	@Test
	void aSubmissionTakesTheTraitsOfItsProcedureVersion() {
		submit("2.000720", Channel.ONLINE, document(true, false), document(true, true));
		DossierFact fact = fact();
		assertThat(fact.agencyId()).isEqualTo("hn-phk");
		assertThat(fact.fullyOnlineEligible()).isTrue();
		assertThat(fact.paperResult()).isTrue();
		assertThat(fact.feeBearing()).isTrue();
		assertThat(fact.componentsDigitised()).isTrue();
		assertThat(fact.dataReused()).isTrue();
		assertThat(fact.receivedDay()).isNull();
	}

	@Test
	void aProcedureWithAllZeroFeesIsNotFeeBearing() {
		submit("1.001193", Channel.ONLINE, document(false, false));
		assertThat(fact().feeBearing()).isFalse();
		assertThat(fact().componentsDigitised()).isFalse();
	}

	@Test
	void aReceiptCountsOnItsVietnameseDayAndOpensTheDesksHold() {
		submit("2.000720", Channel.IN_PERSON, document(false, false));
		// 06:30 Vietnam time is still the day before in UTC
		receive(1, "2025-10-07T06:30", "2025-10-10T08:00");
		assertThat(fact().receivedDay()).isEqualTo(LocalDate.of(2025, 10, 7));
		assertThat(fact().holds()).singleElement().satisfies((hold) -> {
			assertThat(hold.officerId()).isEqualTo(DESK.id());
			assertThat(hold.handedOnAt()).isNull();
		});
		assertThat(fact().officers().get(DESK.id()).intakeDecisions()).isEqualTo(1);
	}

	@Test
	void aTransferHandsOnTheHoldInWorkingMinutes() {
		submit("2.000720", Channel.IN_PERSON, document(false, false));
		receive(1, "2025-10-06T11:00", "2025-10-09T11:00");
		transfer(2, "2025-10-06T14:00"); // 11:00–11:30 and 13:00–14:00
		assertThat(fact().holds()).hasSize(2);
		assertThat(fact().holds().get(0).heldWorkingMinutes()).isEqualTo(90);
		assertThat(fact().officers()).containsKeys(DESK.id(), SPECIALIST.id());
	}

	@Test
	void aSupplementPauseMovesTheDueDateAndIsSubtractedFromTheResolutionTime() {
		submit("1.001193", Channel.ONLINE, document(true, false));
		receive(1, "2025-10-07T08:00", "2025-10-07T16:00");
		requestSupplement(2, "2025-10-07T10:00");
		assertThat(fact().status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		receiveSupplement(3, 480, "2025-10-08T10:00");
		// 16:00 + 480 working minutes: 60 on Tuesday, 240 + 180 on Wednesday
		assertThat(fact().dueAt()).isEqualTo(at("2025-10-08T16:00"));
		issueResult(4, true, "2025-10-08T15:00");
		assertThat(fact().closedOnTime()).isTrue();
		// 450 on Tuesday + 360 on Wednesday − 480 paused
		assertThat(fact().resolutionWorkingMinutes()).isEqualTo(330);
		assertThat(fact().electronicResult()).isTrue();
		assertThat(fact().resolvedAt()).isEqualTo(at("2025-10-08T15:00"));
	}

	@Test
	void aSecondProcessingSupplementRequestMakesTheDossierLateEvenWithinItsDueDate() {
		submit("1.001193", Channel.ONLINE, document(true, false));
		receive(1, "2025-10-07T08:00", "2025-10-07T16:00");
		requestSupplement(2, "2025-10-07T09:00");
		receiveSupplement(3, 60, "2025-10-07T10:00");
		requestSupplement(4, "2025-10-07T13:00");
		receiveSupplement(5, 60, "2025-10-07T14:00");
		issueResult(6, true, "2025-10-07T15:00");
		assertThat(fact().processingSupplementRequests()).isEqualTo(2);
		assertThat(fact().closedOnTime()).isFalse();
		assertThat(fact().pausedWorkingMinutes()).isEqualTo(120);
	}

	@Test
	void aDossierWithdrawnWhileWaitingForASupplementEndsAtTheRequest() {
		submit("1.001193", Channel.ONLINE, document(true, false));
		receive(1, "2025-10-07T08:00", "2025-10-07T16:00");
		requestSupplement(2, "2025-10-07T10:00");
		// withdrawn days after the due date: the end is the request at 10:00 (R4)
		this.projection.on(new WithdrawalAcceptedEvent(ID, DESK, at("2025-10-10T10:00")), 3);
		assertThat(fact().status()).isEqualTo(DossierStatus.WITHDRAWN);
		assertThat(fact().closedAt()).isEqualTo(at("2025-10-10T10:00"));
		assertThat(fact().closedOnTime()).isTrue();
	}

	@Test
	void theFirstClosingEventDecidesAndAResultAfterTheDueDateIsLate() {
		submit("2.000720", Channel.IN_PERSON, document(false, false));
		receive(1, "2025-10-06T09:00", "2025-10-09T09:00");
		issueResult(2, false, "2025-10-10T09:00");
		assertThat(fact().closedOnTime()).isFalse();
		assertThat(fact().resolutionWorkingMinutes()).isEqualTo(4 * 480);
		assertThat(fact().electronicResult()).isFalse();
	}

	@Test
	void anOnlinePaymentAndARatingAreRecordedOnce() {
		submit("2.000720", Channel.ONLINE, document(true, false));
		receive(1, "2025-10-06T09:00", "2025-10-09T09:00");
		this.projection.on(new PaymentSucceededEvent(ID, "tx", 50000, PaymentGateway.LOCAL_GATEWAY, "BL", 0, null,
				Actor.paymentGateway(PaymentGateway.LOCAL_GATEWAY), at("2025-10-06T10:00")), 2);
		this.projection
			.on(new SatisfactionRatedEvent(ID, 4, "", Actor.applicant(new SubjectRef("s")), at("2025-10-07T10:00")), 3);
		assertThat(fact().paidOnline()).isTrue();
		assertThat(fact().rating()).isEqualTo(4);
	}

	@Test
	void aRedeliveredOrReplayedEventChangesNothing() {
		submit("1.001193", Channel.ONLINE, document(true, false));
		receive(1, "2025-10-07T08:00", "2025-10-07T16:00");
		requestSupplement(2, "2025-10-07T09:00");
		receiveSupplement(3, 60, "2025-10-07T10:00");
		long changesBefore = this.changes.version();
		// the same events again, as after a crash before the token was stored
		submit("1.001193", Channel.ONLINE, document(true, false));
		receive(1, "2025-10-07T08:00", "2025-10-07T16:00");
		requestSupplement(2, "2025-10-07T09:00");
		receiveSupplement(3, 60, "2025-10-07T10:00");
		assertThat(fact().processingSupplementRequests()).isEqualTo(1);
		assertThat(fact().pausedWorkingMinutes()).isEqualTo(60);
		assertThat(fact().holds()).hasSize(1);
		assertThat(fact().lastSequence()).isEqualTo(3);
		assertThat(this.changes.version()).isEqualTo(changesBefore);
	}

	@Test
	void eventsOfADossierNeverSubmittedHereAreIgnored() {
		receive(1, "2025-10-07T08:00", "2025-10-07T16:00");
		assertThat(this.facts.findById(ID)).isEmpty();
	}

	@Test
	void theResetHandlerClearsTheModel() {
		submit("1.001193", Channel.ONLINE, document(true, false));
		this.projection.reset();
		assertThat(this.facts.findById(ID)).isEmpty();
	}

	/** The repository as a map. */
	private static final class InMemoryFacts implements DossierFacts {

		private final Map<String, DossierFact> rows = new HashMap<>();

		@Override
		public Optional<DossierFact> findById(String dossierId) {
			return Optional.ofNullable(this.rows.get(dossierId));
		}

		@Override
		public List<DossierFact> findAllById(Iterable<String> dossierIds) {
			List<DossierFact> found = new ArrayList<>();
			dossierIds.forEach((id) -> findById(id).ifPresent(found::add));
			return found;
		}

		@Override
		public DossierFact save(DossierFact fact) {
			this.rows.put(fact.dossierId(), fact);
			return fact;
		}

		@Override
		public void deleteAll() {
			this.rows.clear();
		}

	}

}
