package vn.dossierledger.events.access;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * An official read a dossier's personal data or case history: who (with the roles of the
 * token and the unit the organisation gave them at that moment), which dossier (none for
 * a search or a list), which view, and the purpose they stated. Each read is an aggregate
 * of its own ({@code readId}, sequence 0), so recording it never touches the dossier's
 * version, and the ledger's chain and seals cover it like any other event.
 */
@Revision("1")
public record DossierReadRecordedEvent(String readId, String dossierId, String readerId, List<String> readerRoles,
		String readerUnitId, String view, String purpose, Instant readAt) {

	/** The aggregate type the ledger stores a read under. */
	public static final String AGGREGATE_TYPE = "DossierRead";

	public DossierReadRecordedEvent {
		readerRoles = List.copyOf(readerRoles);
	}

}
