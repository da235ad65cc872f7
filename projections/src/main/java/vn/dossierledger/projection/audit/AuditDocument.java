package vn.dossierledger.projection.audit;

import java.time.Instant;

/**
 * One event as the audit index stores it (document id = the event's identifier). No
 * personal data of applicants: they appear only as subject references.
 *
 * @param text the free text: reasons, legal basis, notes, items, officers' names
 * @param foldedText the same text without Vietnamese diacritics, lowercased
 */
record AuditDocument(String eventId, String eventType, String dossierId, String dossierCode, String procedureCode,
		String agencyId, long sequence, String status, Integer nationalStatusCode, String statusLabel, String actorId,
		String actorRole, String actorUnitId, String actorName, String stepCode, Instant occurredAt, Instant recordedAt,
		Long heldWorkingMinutes, String text, String foldedText) {
}
