package vn.dossierledger.events.query.audit;

import java.time.Instant;

/**
 * Audit search: full text over the events' reasons, notes and officer names (with or
 * without Vietnamese diacritics), narrowed by any of the filters; {@code null} means no
 * filter. Hits come oldest business time first.
 *
 * @param text words to find; diacritics are optional
 * @param from business time at or after, or {@code null}
 * @param to business time before, or {@code null}
 * @param page zero-based page
 * @param size hits per page
 */
public record FindAuditEventsQuery(String text, String dossierId, String dossierCode, String actorId, String role,
		String unitId, String agencyId, String eventType, String procedureCode, Instant from, Instant to, int page,
		int size) {
}
