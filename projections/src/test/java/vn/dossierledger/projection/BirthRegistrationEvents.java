package vn.dossierledger.projection;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.ApologyChannel;
import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DossierReceivedEvent;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
import vn.dossierledger.events.dossier.FeeLine;
import vn.dossierledger.events.dossier.FeeType;
import vn.dossierledger.events.dossier.FinancialObligationRequestedEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.PaymentSucceededEvent;
import vn.dossierledger.events.dossier.ProcessingTime;
import vn.dossierledger.events.dossier.ResultDeliveredEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SatisfactionRatedEvent;
import vn.dossierledger.events.dossier.SlaUnit;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementReceivedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.events.dossier.VietnamTime;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.events.dossier.WithdrawalRequestedEvent;

/**
 * Events of one birth registration (procedure 1.001193 at Phúc Khánh ward) on Monday 2
 * March 2026, a working day; times are Vietnamese local times.
 */
public final class BirthRegistrationEvents {

	public static final String DOSSIER_ID = "dossier-1";

	public static final String DOSSIER_CODE = "H26.99-260302-0001";

	public static final String SECRET_SHA256 = "5".repeat(64);

	public static final SubjectRef APPLICANT = new SubjectRef("subj-001");

	public static final String DESK_UNIT = "hn-phk-1c";

	public static final String SPECIALIST_UNIT = "hn-phk-vhxh";

	public static final Actor RECEIVING_OFFICER = new Actor("hn-phk-tn-01", Role.RECEIVING_OFFICER, DESK_UNIT);

	public static final Actor SPECIALIST = new Actor("hn-phk-cv-01", Role.SPECIALIST, SPECIALIST_UNIT);

	public static final Actor LEADER = new Actor("hn-phk-ld-01", Role.APPROVING_LEADER, SPECIALIST_UNIT);

	public static final Actor CLERK = new Actor("hn-phk-vt-01", Role.CLERK, SPECIALIST_UNIT);

	private BirthRegistrationEvents() {
	}

	/** A local time on Monday 2 March 2026, e.g. "08:10". */
	public static Instant at(String localTime) {
		return on("2026-03-02", localTime);
	}

	public static Instant on(String date, String localTime) {
		return LocalDateTime.parse(date + "T" + localTime).atZone(VietnamTime.ZONE).toInstant();
	}

	public static DossierSubmittedEvent submitted(String time) {
		return new DossierSubmittedEvent(DOSSIER_ID, DOSSIER_CODE, "1.001193", "2025.1", Channel.ONLINE, APPLICANT,
				null, null, null, null, List.of(), SECRET_SHA256, Actor.applicant(APPLICANT), at(time));
	}

	public static DossierReceivedEvent received(String time, Instant dueAt) {
		return new DossierReceivedEvent(DOSSIER_ID, "TN-" + DOSSIER_CODE, "2025.1",
				new ProcessingTime(8, SlaUnit.HOURS), dueAt, "VN-CS-2025.1", DeliveryMethod.ONLINE, RECEIVING_OFFICER,
				at(time));
	}

	public static DossierTransferredEvent transferred(Actor from, Actor to, String stepCode, String time,
			String deadline) {
		return new DossierTransferredEvent(DOSSIER_ID, new Holder(from.id(), from.unitId(), "hn-phk"),
				new Holder(to.id(), to.unitId(), "hn-phk"), stepCode, at(deadline), from, at(time));
	}

	public static SupplementRequestedEvent supplementRequested(String time) {
		return new SupplementRequestedEvent(DOSSIER_ID, List.of(new SupplementItem("GIAY_CHUNG_SINH", "Bản mờ")),
				"Giấy chứng sinh không đọc được", "Nghị định 123/2015/NĐ-CP", LEADER.id(), null, SPECIALIST, at(time));
	}

	public static SupplementReceivedEvent supplementReceived(String time, Instant newDueAt) {
		return new SupplementReceivedEvent(DOSSIER_ID, List.of(), 60, newDueAt, RECEIVING_OFFICER, at(time));
	}

	public static FinancialObligationRequestedEvent feesRequested(String time, long amountVnd) {
		return new FinancialObligationRequestedEvent(DOSSIER_ID,
				List.of(new FeeLine("LP", "Lệ phí", FeeType.CHARGE, amountVnd)), amountVnd, true, SPECIALIST, at(time));
	}

	public static PaymentSucceededEvent paid(String time, long amountVnd, Instant newDueAt) {
		return new PaymentSucceededEvent(DOSSIER_ID, "tx-1", amountVnd, PaymentGateway.NATIONAL_PORTAL, "BL-1", 30,
				newDueAt, Actor.paymentGateway(PaymentGateway.NATIONAL_PORTAL), at(time));
	}

	public static DueDateMissedEvent dueDateMissed(Instant dueAt) {
		return new DueDateMissedEvent(DOSSIER_ID, dueAt, Actor.STATUTORY_CLOCK, dueAt);
	}

	/**
	 * The statutory clock finds the specialist a transfer (the dossier's event 2) handed
	 * the dossier to at {@code heldSince} still holding it at the limit (k = 2).
	 */
	public static HoldingLimitExceededEvent holdingLimitExceeded(String heldSince, Instant limitAt) {
		return new HoldingLimitExceededEvent(DOSSIER_ID, new Holder(SPECIALIST.id(), SPECIALIST.unitId(), "hn-phk"),
				"THAM_DINH", 2, at(heldSince), 2, limitAt, Actor.STATUTORY_CLOCK, limitAt);
	}

	public static ApologyIssuedEvent apologised(String time, Instant oldDueAt, Instant newDueAt) {
		return new ApologyIssuedEvent(DOSSIER_ID, "Chờ xác minh thông tin", oldDueAt, newDueAt, ApologyChannel.EMAIL,
				LEADER, at(time));
	}

	public static ResultIssuedEvent resultIssued(String time) {
		return new ResultIssuedEvent(DOSSIER_ID, "GKS", "123/2026/GKS", "e".repeat(64), true, CLERK, at(time));
	}

	public static ResultDeliveredEvent delivered(String time) {
		return new ResultDeliveredEvent(DOSSIER_ID, DeliveryMethod.ONLINE, APPLICANT, null, RECEIVING_OFFICER,
				at(time));
	}

	public static SatisfactionRatedEvent rated(String time) {
		return new SatisfactionRatedEvent(DOSSIER_ID, 5, "Nhanh", Actor.applicant(APPLICANT), at(time));
	}

	public static WithdrawalRequestedEvent withdrawalRequested(String time) {
		return new WithdrawalRequestedEvent(DOSSIER_ID, "Không cần nữa", Actor.applicant(APPLICANT), at(time));
	}

	public static WithdrawalAcceptedEvent withdrawalAccepted(String time) {
		return new WithdrawalAcceptedEvent(DOSSIER_ID, RECEIVING_OFFICER, at(time));
	}

}
