package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A confirmed payment was refunded. */
@Revision("1")
public record PaymentRefundedEvent(String dossierId, String transactionId, long amountVnd, String reason, Actor actor,
		Instant occurredAt) implements DossierEvent {

}
