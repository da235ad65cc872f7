package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả (Form 04): written apology with reason and a
 * new, later appointment date.
 */
@Revision("1")
public record ApologyIssuedEvent(String dossierId, String reason, Instant oldDueAt, Instant newDueAt,
		ApologyChannel sentVia, Actor actor, Instant occurredAt) implements DossierEvent {

}
