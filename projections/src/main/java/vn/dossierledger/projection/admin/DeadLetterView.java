package vn.dossierledger.projection.admin;

import java.time.Instant;
import java.util.Map;

/**
 * One dead letter: which event, why it failed, and since when it waits.
 *
 * @param eventType the payload's simple class name
 * @param dossierId the dossier the event belongs to ({@code null} for a non-dossier
 * event)
 * @param aggregateSequence the event's sequence number within its aggregate
 * @param causeType the exception class of the failure ({@code null} for a letter parked
 * only because an earlier one of its sequence failed)
 * @param diagnostics what the enqueue policy recorded (Axon metadata)
 */
public record DeadLetterView(String eventIdentifier, String eventType, String dossierId, String aggregateIdentifier,
		Long aggregateSequence, String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched,
		Map<String, Object> diagnostics) {

}
