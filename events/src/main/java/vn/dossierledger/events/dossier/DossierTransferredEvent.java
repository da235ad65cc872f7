package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Chuyển xử lý: one hand-over, one row of the process control sheet (Phiếu kiểm soát).
 */
@Revision("1")
public record DossierTransferredEvent(String dossierId, Holder from, Holder to, String stepCode, Instant stepDeadline,
		Actor actor, Instant occurredAt) implements DossierEvent {

}
