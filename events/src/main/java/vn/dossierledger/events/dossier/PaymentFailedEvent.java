package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A payment attempt failed at the gateway. */
@Revision("1")
public record PaymentFailedEvent(String dossierId, String transactionId, long amountVnd, PaymentGateway gateway,
		String reason, Actor actor, Instant occurredAt) implements DossierEvent {

}
