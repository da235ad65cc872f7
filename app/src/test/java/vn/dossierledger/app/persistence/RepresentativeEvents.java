package vn.dossierledger.app.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.ApologyChannel;
import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.CopyType;
import vn.dossierledger.events.dossier.DecisionSignedEvent;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FeeType;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.OpinionRecordedEvent;
import vn.dossierledger.events.dossier.PaymentFailedEvent;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PaymentRefundedEvent;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.PersonalData;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.ProcessingTime;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SatisfactionRatedEvent;
import vn.dossierledger.events.dossier.SignatureCheck;
import vn.dossierledger.events.dossier.SlaUnit;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmissionSignatureVerifiedEvent;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementSubmittedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.events.dossier.WithdrawalRequestedEvent;

/**
 * One instance of every record of the sealed {@code DossierEvent} family, filled the way
 * the ledger fills them: Instants with and without fractions, a date of birth, Vietnamese
 * text, nested records and lists, enums, and the optional fields both set and left
 * {@code null}.
 */
final class RepresentativeEvents {

	static final String DOSSIER = "5b0d7a52-3c1e-4f1a-9d55-2f8f3c0e6a11";

	private static final Instant AT = Instant.parse("2026-11-23T02:11:12.123456Z");

	private static final Instant WHOLE_SECOND = Instant.parse("2026-11-30T10:00:00Z");

	private static final Actor DESK = new Actor("officer-desk-01", Role.RECEIVING_OFFICER, "unit-01");

	private static final Actor SPECIALIST = new Actor("officer-spec-07", Role.SPECIALIST, "unit-02");

	private static final SubjectRef CITIZEN = new SubjectRef("subject-9f2c");

	private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	private RepresentativeEvents() {
	}

	/** Every event record, in the order of the {@code permits} clause. */
	static List<DossierEvent> all() {
		PersonalData applicantData = new PersonalData("Nguyễn Thị Hồng Đào", "079190001234", LocalDate.of(1990, 2, 28),
				"12 Lê Lợi, Phường Bến Nghé, TP. Hồ Chí Minh", "+84901234567", null);
		DetachedSignature signature = new DetachedSignature("SHA256withECDSA", "MEUCIQDx+/==",
				List.of("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"));
		SubmittedDocument signed = new SubmittedDocument("TP-01", "Tờ khai đăng ký khai sinh", CopyType.ORIGINAL, SHA,
				true, false, signature);
		SubmittedDocument unsigned = new SubmittedDocument("TP-02", "Giấy chứng sinh", CopyType.ORIGINAL, SHA, false,
				true, null);
		SignatureCheck valid = new SignatureCheck(true, null, "SHA256withECDSA", "1a2b3c", "CN=Demo CA",
				"CN=officer-desk-01", AT);
		SignatureCheck invalid = new SignatureCheck(false, "certificate expired", "SHA256withRSA", null, null, null,
				WHOLE_SECOND);
		List<SupplementItem> items = List.of(new SupplementItem("TP-02", "Bản sao mờ, không đọc được"),
				new SupplementItem("TP-03", "Thiếu chữ ký"));
		return List.of(
				new DossierSubmittedEvent(DOSSIER, "000.00.01.H29-261123-0001", "1.001193", "2025-07-01",
						Channel.ONLINE, CITIZEN, applicantData, new SubjectRef("subject-rep-1"),
						new PersonalData("Trần Văn Bình", null, null, null, null, "binh@example.vn"), "UQ-2026/15",
						List.of(signed, unsigned), SHA, Actor.applicant(CITIZEN), AT),
				new SubmissionSignatureVerifiedEvent(DOSSIER, "TP-01", SHA, valid, DESK, AT),
				new DossierReceivedEvent(DOSSIER, "BN-2026-000123", "2025-07-01", new ProcessingTime(3, SlaUnit.HOURS),
						WHOLE_SECOND, "vn-2026.1", DeliveryMethod.AT_DESK, DESK, AT),
				new IntakeSupplementRequestedEvent(DOSSIER, items, "Hồ sơ chưa đầy đủ", "Điều 15 Nghị định 118/2025",
						null, DESK, AT),
				new SupplementSubmittedEvent(DOSSIER, List.of(unsigned), Actor.applicant(CITIZEN), AT),
				new IntakeRejectedEvent(DOSSIER, "Không thuộc thẩm quyền", "Khoản 2 Điều 19", DESK, AT),
				new DossierTransferredEvent(DOSSIER, new Holder("officer-desk-01", "unit-01", "agency-01"),
						new Holder("officer-spec-07", "unit-02", "agency-01"), "THAM_DINH", WHOLE_SECOND, DESK, AT),
				new OpinionRecordedEvent(DOSSIER, "THAM_DINH", Recommendation.APPROVE, null, SPECIALIST, AT),
				new SupplementRequestedEvent(DOSSIER, items, "Cần bổ sung", "Điều 16", "leader-01",
						"Lần thứ hai: giấy tờ mới phát sinh", SPECIALIST, AT),
				new SupplementReceivedEvent(DOSSIER, List.of(signed), 1_234L, WHOLE_SECOND, DESK, AT),
				new FinancialObligationRequestedEvent(DOSSIER,
						List.of(new FeeLine("LP-01", "Lệ phí đăng ký", FeeType.FEE, 8_000L),
								new FeeLine("LP-02", "Phí sao y", FeeType.FEE, 0L)),
						8_000L, true, DESK, AT),
				new PaymentSucceededEvent(DOSSIER, "TXN-0001", 8_000L, PaymentGateway.NATIONAL_PORTAL, "BL-77", 30L,
						null, Actor.paymentGateway(PaymentGateway.NATIONAL_PORTAL), AT),
				new PaymentFailedEvent(DOSSIER, "TXN-0000", 8_000L, PaymentGateway.NATIONAL_PORTAL, "Số dư không đủ",
						Actor.paymentGateway(PaymentGateway.NATIONAL_PORTAL), AT),
				new PaymentRefundedEvent(DOSSIER, "TXN-0001", Long.MAX_VALUE, "Hoàn phí", DESK, AT),
				new ApologyIssuedEvent(DOSSIER, "Quá tải hồ sơ", WHOLE_SECOND, AT.plusSeconds(86_400),
						ApologyChannel.AT_DESK, SPECIALIST, AT),
				new DecisionSignedEvent(DOSSIER, SHA, invalid, SPECIALIST, AT),
				new ResultIssuedEvent(DOSSIER, "GKS", "123/2026", SHA, true, SPECIALIST, AT),
				new ResultDeliveredEvent(DOSSIER, DeliveryMethod.AT_DESK, CITIZEN, null, DESK, AT),
				new ProcessingStoppedEvent(DOSSIER, "Người yêu cầu không bổ sung", "Điều 20", SPECIALIST, AT),
				new WithdrawalRequestedEvent(DOSSIER, null, Actor.applicant(CITIZEN), AT),
				new WithdrawalAcceptedEvent(DOSSIER, DESK, Instant.EPOCH),
				new SatisfactionRatedEvent(DOSSIER, 5, "Rất hài lòng 👍", Actor.applicant(CITIZEN), AT),
				new DueDateMissedEvent(DOSSIER, WHOLE_SECOND, new Actor("system", Role.CLERK, null), WHOLE_SECOND),
				new HoldingLimitExceededEvent(DOSSIER, new Holder("officer-spec-07", "unit-02", "agency-01"),
						"THAM_DINH", 4L, AT, 1.5, WHOLE_SECOND, Actor.STATUTORY_CLOCK, WHOLE_SECOND));
	}

	/**
	 * The events that existed when the Boot 3.5 bytes were recorded: an event class added
	 * since was never written by that release.
	 */
	static List<DossierEvent> recordedBeforeTheUpgrade() {
		return all().stream().filter((event) -> !ADDED_SINCE_THE_RECORDING.contains(event.getClass())).toList();
	}

	/** Event classes added after the Boot 3.5 recording, in the order they were added. */
	static final List<Class<? extends DossierEvent>> ADDED_SINCE_THE_RECORDING = List
		.of(HoldingLimitExceededEvent.class);

}
