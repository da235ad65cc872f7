package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Tiếp nhận: the file was received and the receipt with appointment date (Giấy tiếp nhận
 * hồ sơ và hẹn trả kết quả) issued in the same step. The statutory clock starts at
 * occurredAt.
 */
@Revision("1")
public record DossierReceivedEvent(String dossierId, String receiptNumber, String procedureVersion, ProcessingTime sla,
		Instant dueAt, String calendarVersion, DeliveryMethod deliveryMethod, Actor actor,
		Instant occurredAt) implements DossierEvent {

}
