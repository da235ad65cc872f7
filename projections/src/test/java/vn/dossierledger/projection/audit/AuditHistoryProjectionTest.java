package vn.dossierledger.projection.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.OpinionRecordedEvent;
import vn.dossierledger.events.dossier.PaymentFailedEvent;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.calendar.WorkingCalendar;
import vn.dossierledger.reference.catalogue.YamlProcedureCatalogue;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.projection.BirthRegistrationEvents.APPLICANT;
import static vn.dossierledger.projection.BirthRegistrationEvents.DOSSIER_CODE;
import static vn.dossierledger.projection.BirthRegistrationEvents.DOSSIER_ID;
import static vn.dossierledger.projection.BirthRegistrationEvents.LEADER;
import static vn.dossierledger.projection.BirthRegistrationEvents.RECEIVING_OFFICER;
import static vn.dossierledger.projection.BirthRegistrationEvents.SPECIALIST;
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

/**
 * The audit documents, built by calling the handler directly (outside a unit of work each
 * document is written at once) over an in-memory dossier memory. Office hours 07:30–11:30
 * and 13:00–17:00 on Monday 2 March 2026.
 */
class AuditHistoryProjectionTest {

	private final InMemoryMemories memories = new InMemoryMemories();

	private final RecordingStore store = new RecordingStore();

	private final AuditHistoryProjection projection;

	private long sequence;

	AuditHistoryProjectionTest() {
		WorkingCalendar calendar = WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE);
		this.projection = new AuditHistoryProjection(this.memories, this.store, new StatutoryClock(calendar),
				YamlProcedureCatalogue.loadDefault(), YamlOfficerRegistry.loadDefault());
	}

	private AuditDocument apply(DossierEvent event) {
		long next = this.sequence++;
		this.projection.on(event, "event-" + next, next, event.occurredAt().plusSeconds(1));
		return this.store.last();
	}

	@Test
	void submissionCarriesCodeProcedureAgencyAndStatusButNoPersonalData() {
		AuditDocument document = apply(submitted("07:40"));

		assertThat(document.eventId()).isEqualTo("event-0");
		assertThat(document.eventType()).isEqualTo("DossierSubmitted");
		assertThat(document.dossierId()).isEqualTo(DOSSIER_ID);
		assertThat(document.dossierCode()).isEqualTo(DOSSIER_CODE);
		assertThat(document.procedureCode()).isEqualTo("1.001193");
		assertThat(document.agencyId()).isEqualTo("hn-phk");
		assertThat(document.nationalStatusCode()).isEqualTo(1);
		assertThat(document.statusLabel()).isEqualTo("Mới đăng ký");
		assertThat(document.actorId()).isEqualTo(APPLICANT.value());
		assertThat(document.actorRole()).isEqualTo("APPLICANT");
		assertThat(document.actorName()).isNull();
		assertThat(document.occurredAt()).isEqualTo(at("07:40"));
		assertThat(document.recordedAt()).isEqualTo(at("07:40").plusSeconds(1));
		assertThat(document.heldWorkingMinutes()).isNull();
		assertThat(document.text()).isNull();
	}

	@Test
	void holdsTheWorkingTimeSinceThePreviousEventAcrossTheLunchBreak() {
		apply(submitted("07:40"));
		AuditDocument receipt = apply(received("10:30", at("16:30")));
		AuditDocument transfer = apply(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "14:00", "16:00"));

		assertThat(receipt.heldWorkingMinutes()).isEqualTo(170); // 07:40–10:30
		assertThat(receipt.nationalStatusCode()).isEqualTo(2);
		assertThat(receipt.actorName()).isEqualTo("Vũ Tiến Tuấn");
		// 10:30–11:30 and 13:00–14:00
		assertThat(transfer.heldWorkingMinutes()).isEqualTo(120);
		assertThat(transfer.stepCode()).isEqualTo("THAM_DINH");
		assertThat(transfer.nationalStatusCode()).isEqualTo(4);
		assertThat(transfer.dossierCode()).isEqualTo(DOSSIER_CODE);
		assertThat(transfer.text()).contains("Vũ Tiến Tuấn", "Đỗ Thị Lan");
	}

	@Test
	void holdsWorkingTimeOvernightAsOfficeHoursOnly() {
		apply(submitted("16:00"));
		DossierReceivedEvent monday = received("16:30", on("2026-03-04", "16:00"));
		// Monday 16:00 → Tuesday 08:30: one hour on Monday, one on Tuesday.
		AuditDocument receipt = apply(new DossierReceivedEvent(DOSSIER_ID, monday.receiptNumber(),
				monday.procedureVersion(), monday.sla(), monday.dueAt(), monday.calendarVersion(),
				monday.deliveryMethod(), monday.actor(), on("2026-03-03", "08:30")));

		assertThat(receipt.heldWorkingMinutes()).isEqualTo(120);
	}

	@Test
	void supplementRequestCarriesItemsReasonLegalBasisAndTheApprovingLeaderFolded() {
		apply(submitted("07:40"));
		apply(received("08:00", at("16:30")));
		AuditDocument document = apply(supplementRequested("09:00"));

		assertThat(document.eventType()).isEqualTo("SupplementRequested");
		assertThat(document.nationalStatusCode()).isEqualTo(5);
		assertThat(document.text()).contains("GIAY_CHUNG_SINH: Bản mờ", "Giấy chứng sinh không đọc được",
				"Nghị định 123/2015/NĐ-CP", "Đỗ Thị Lan", "Hoàng Thùy Ngân");
		assertThat(document.foldedText()).contains("giay chung sinh khong doc duoc", "hoang thuy ngan")
			.isEqualTo(VietnameseFolding.fold(document.text()));
	}

	@Test
	void intakeSupplementRejectionStopAndOpinionCarryTheirReasons() {
		apply(submitted("07:40"));
		AuditDocument intakeSupplement = apply(new IntakeSupplementRequestedEvent(DOSSIER_ID,
				List.of(new SupplementItem("TO_KHAI", "Thiếu chữ ký")), "Hồ sơ chưa đầy đủ", "Thông tư 03/2025",
				"Lần thứ hai vì người nộp đổi giấy tờ", RECEIVING_OFFICER, at("08:00")));
		AuditDocument rejection = apply(new IntakeRejectedEvent(DOSSIER_ID, "Không thuộc thẩm quyền",
				"Nghị định 118/2025/NĐ-CP", RECEIVING_OFFICER, at("08:30")));

		assertThat(intakeSupplement.text()).contains("TO_KHAI: Thiếu chữ ký", "Hồ sơ chưa đầy đủ", "Thông tư 03/2025",
				"Lần thứ hai vì người nộp đổi giấy tờ");
		assertThat(intakeSupplement.nationalStatusCode()).isEqualTo(5);
		assertThat(rejection.text()).contains("Không thuộc thẩm quyền", "Nghị định 118/2025/NĐ-CP");
		assertThat(rejection.nationalStatusCode()).isEqualTo(3);

		AuditDocument opinion = apply(new OpinionRecordedEvent(DOSSIER_ID, "THAM_DINH", Recommendation.APPROVE,
				"Đủ điều kiện", SPECIALIST, at("09:00")));
		AuditDocument stop = apply(new ProcessingStoppedEvent(DOSSIER_ID, "Người nộp đã mất năng lực",
				"Điều 19 Nghị định 118/2025/NĐ-CP", LEADER, at("10:00")));
		assertThat(opinion.stepCode()).isEqualTo("THAM_DINH");
		assertThat(opinion.text()).contains("APPROVE", "Đủ điều kiện");
		assertThat(stop.text()).contains("Người nộp đã mất năng lực");
		assertThat(stop.nationalStatusCode()).isEqualTo(8);
	}

	@Test
	void paymentReturnsToTheStatusBeforeTheFeesAndKeepsFailureReasons() {
		apply(submitted("07:40"));
		apply(received("08:00", at("16:30")));
		apply(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:10", "16:00"));
		AuditDocument fees = apply(feesRequested("08:20", 8_000));
		AuditDocument failed = apply(new PaymentFailedEvent(DOSSIER_ID, "tx-0", 8_000, PaymentGateway.NATIONAL_PORTAL,
				"Thẻ bị từ chối", Actor.paymentGateway(PaymentGateway.NATIONAL_PORTAL), at("08:25")));
		AuditDocument payment = apply(paid("08:30", 8_000, at("16:40")));

		assertThat(fees.nationalStatusCode()).isEqualTo(6);
		assertThat(fees.text()).isEqualTo("Lệ phí | Đỗ Thị Lan");
		assertThat(failed.nationalStatusCode()).isEqualTo(6);
		assertThat(failed.text()).isEqualTo("Thẻ bị từ chối");
		assertThat(payment.nationalStatusCode()).isEqualTo(4);
		assertThat(payment.actorRole()).isEqualTo("PAYMENT_GATEWAY");
	}

	@Test
	void closingEventsSetTheirNationalStatus() {
		apply(submitted("07:40"));
		apply(received("08:00", at("16:30")));
		AuditDocument supplementBack = apply(supplementReceived("09:00", at("17:00")));
		AuditDocument apology = apply(apologised("09:30", at("16:30"), on("2026-03-03", "16:30")));
		AuditDocument missed = apply(dueDateMissed(at("10:00")));
		AuditDocument issued = apply(resultIssued("10:30"));
		AuditDocument delivery = apply(delivered("11:00"));
		AuditDocument rating = apply(rated("11:10"));

		assertThat(supplementBack.nationalStatusCode()).isEqualTo(4);
		assertThat(apology.text()).contains("Chờ xác minh thông tin", "Hoàng Thùy Ngân");
		assertThat(apology.nationalStatusCode()).isEqualTo(4);
		assertThat(missed.actorRole()).isEqualTo("SYSTEM");
		assertThat(issued.nationalStatusCode()).isEqualTo(9);
		assertThat(issued.text()).contains("123/2026/GKS", "Lý Đức Hiếu");
		assertThat(issued.actorName()).isEqualTo("Lý Đức Hiếu");
		assertThat(delivery.nationalStatusCode()).isEqualTo(10);
		// The citizen's comment ("Nhanh") stays out: it is the applicant's own words.
		assertThat(rating.text()).isNull();
		assertThat(rating.nationalStatusCode()).isEqualTo(10);
	}

	@Test
	void anExceededHoldingLimitIsTheStatutoryClocksAndNamesTheOfficerAndStep() {
		apply(submitted("07:40"));
		apply(received("08:00", on("2026-03-03", "16:30")));
		apply(transferred(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH", "08:20", "11:20"));
		AuditDocument exceeded = apply(holdingLimitExceeded("08:20", at("15:50")));

		assertThat(exceeded.eventType()).isEqualTo("HoldingLimitExceeded");
		assertThat(exceeded.actorId()).isEqualTo("statutory-clock");
		assertThat(exceeded.actorRole()).isEqualTo("SYSTEM");
		assertThat(exceeded.stepCode()).isEqualTo("THAM_DINH");
		assertThat(exceeded.occurredAt()).isEqualTo(at("15:50"));
		assertThat(exceeded.nationalStatusCode()).as("still in processing").isEqualTo(4);
		assertThat(exceeded.text()).contains("THAM_DINH", "Đỗ Thị Lan");
	}

	@Test
	void withdrawalKeepsTheApplicantsReasonAndEndsWithdrawn() {
		apply(submitted("07:40"));
		apply(received("08:00", at("16:30")));
		AuditDocument request = apply(withdrawalRequested("09:00"));
		AuditDocument accepted = apply(withdrawalAccepted("09:30"));

		assertThat(request.text()).isEqualTo("Không cần nữa");
		assertThat(request.nationalStatusCode()).isEqualTo(2);
		assertThat(accepted.nationalStatusCode()).isEqualTo(7);
	}

	@Test
	void aRedeliveredEventWritesNothingAndChangesNoMemory() {
		apply(submitted("07:40"));
		this.projection.on(received("10:30", at("16:30")), "event-1", 1, at("10:31"));
		int written = this.store.documents.size();

		this.projection.on(received("10:30", at("16:30")), "event-1", 1, at("10:31"));

		assertThat(this.store.documents).hasSize(written);
		assertThat(this.memories.findById(DOSSIER_ID).orElseThrow().lastOccurredAt()).isEqualTo(at("10:30"));
	}

	@Test
	void aResetForgetsEveryDossierAndStartsANewIndex() {
		apply(submitted("07:40"));

		this.projection.reset();

		assertThat(this.memories.findById(DOSSIER_ID)).isEmpty();
		assertThat(this.store.rebuildsStarted).isOne();
		this.sequence = 0;
		assertThat(apply(submitted("07:40")).heldWorkingMinutes()).isNull();
	}

	@Test
	void everyEventTypeHasAType() {
		assertThat(AuditEventFacts.typeOf(submitted("07:40"))).isEqualTo("DossierSubmitted");
		assertThat(AuditEventFacts.typeOf(withdrawalAccepted("07:40"))).isEqualTo("WithdrawalAccepted");
	}

	/** The audit store as a list. */
	static final class RecordingStore implements AuditDocumentStore {

		final List<AuditDocument> documents = new ArrayList<>();

		int rebuildsStarted;

		@Override
		public void write(List<AuditDocument> written) {
			this.documents.addAll(written);
		}

		@Override
		public void startRebuild() {
			this.rebuildsStarted++;
		}

		AuditDocument last() {
			return this.documents.get(this.documents.size() - 1);
		}

	}

	/** The memory table as a map. */
	static final class InMemoryMemories implements AuditDossierMemories {

		private final Map<String, AuditDossierMemory> rows = new HashMap<>();

		@Override
		public Optional<AuditDossierMemory> findById(String dossierId) {
			return Optional.ofNullable(this.rows.get(dossierId));
		}

		@Override
		public List<AuditDossierMemory> findAllById(Iterable<String> dossierIds) {
			List<AuditDossierMemory> found = new ArrayList<>();
			dossierIds.forEach((id) -> findById(id).ifPresent(found::add));
			return found;
		}

		@Override
		public AuditDossierMemory save(AuditDossierMemory memory) {
			this.rows.put(memory.dossierId(), memory);
			return memory;
		}

		@Override
		public void deleteAllInBatch() {
			this.rows.clear();
		}

	}

}
