package vn.dossierledger.events.query.audit;

import java.util.List;

/**
 * A dossier's history, in event order, with the working time it was held before each
 * step.
 *
 * @param totalHeldWorkingMinutes working minutes from the first event to the last
 */
public record DossierAuditView(String dossierId, String dossierCode, List<AuditEventView> events,
		long totalHeldWorkingMinutes) {

	public DossierAuditView {
		events = List.copyOf(events);
	}

}
