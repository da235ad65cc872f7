package vn.dossierledger.events.query.audit;

import java.time.Instant;

/**
 * One event of the legal record as the audit index holds it.
 *
 * @param eventType the event's name without the "Event" suffix, e.g.
 * {@code IntakeSupplementRequested}
 * @param nationalStatusCode the dossier's national status (1–10) after the event
 * @param stepCode the processing step of a transfer or opinion, else {@code null}
 * @param occurredAt business time
 * @param recordedAt when the ledger recorded the event
 * @param heldWorkingMinutes working minutes since the dossier's previous event;
 * {@code null} for its first
 * @param text the event's free text: reasons, legal basis, notes, items, officers' names
 */
public record AuditEventView(String eventId, String eventType, String dossierId, String dossierCode,
		String procedureCode, String agencyId, long sequence, String status, Integer nationalStatusCode,
		String statusLabel, String actorId, String actorRole, String actorUnitId, String actorName, String stepCode,
		Instant occurredAt, Instant recordedAt, Long heldWorkingMinutes, String text) {
}
