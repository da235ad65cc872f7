package vn.dossierledger.events.query.redflag;

import java.time.Instant;

/** One event a flag cites: its type, business and recorded time, and who acted. */
public record EvidenceEventView(String eventId, long sequence, String eventType, Instant businessAt, Instant recordedAt,
		String actorId, String actorRole, String actorUnitId) {
}
