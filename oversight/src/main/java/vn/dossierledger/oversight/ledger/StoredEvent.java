package vn.dossierledger.oversight.ledger;

import java.time.Instant;

/**
 * One event as the event store holds it: the parts the chain covers, and the metadata
 * that carries the chain values.
 *
 * @param recordedAt the stored timestamp text, ISO-8601 UTC
 * @param payload the serialized payload bytes (JSON)
 * @param metadata the serialized metadata bytes (JSON), possibly {@code null}
 */
public record StoredEvent(String aggregateId, long sequence, String type, String revision, String recordedAt,
		byte[] payload, byte[] metadata) {

	/**
	 * The chain value this event would have after {@code previous} at
	 * {@code sequenceNumber}; empty (matching nothing) if its stored time or payload no
	 * longer parses, which tampering can cause.
	 */
	String chainValueAt(CanonicalEventEncoding encoding, String previous, long sequenceNumber) {
		try {
			return encoding.chainValue(previous, this.aggregateId, sequenceNumber, this.type, this.revision,
					Instant.parse(this.recordedAt), this.payload);
		}
		catch (RuntimeException unreadable) {
			return "";
		}
	}

}
