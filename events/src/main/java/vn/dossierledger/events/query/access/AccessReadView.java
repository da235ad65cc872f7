package vn.dossierledger.events.query.access;

import java.time.Instant;
import java.util.List;

/**
 * One recorded read: the event that records it (its inclusion in a seal can be proven),
 * who read, with which roles and from which unit, which dossier and view, the stated
 * purpose, and whether the dossier had ever been with the reader's unit.
 */
public record AccessReadView(String readId, String eventId, Instant readAt, String readerId, List<String> readerRoles,
		String readerUnitId, String dossierId, String dossierCode, String view, String purpose,
		boolean outsideReaderUnit) {
}
