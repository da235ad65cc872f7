package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A payment was confirmed. When the clock was paused for it, newDueAt is the due date
 * moved by the working time paused (otherwise unchanged).
 */
@Revision("1")
public record PaymentSucceededEvent(String dossierId, String transactionId, long amountVnd, PaymentGateway gateway,
		String eReceiptNumber, long pausedWorkingMinutes, Instant newDueAt, Actor actor,
		Instant occurredAt) implements DossierEvent {

}
