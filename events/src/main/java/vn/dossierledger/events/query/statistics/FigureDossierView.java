package vn.dossierledger.events.query.statistics;

import java.time.Instant;

/**
 * A dossier behind an indicator, without personal data: its code, procedure, agency,
 * channel, status and dates, and whether the indicator counts it.
 *
 * @param dossierCode null while the status read model has not yet caught up with it
 */
public record FigureDossierView(String dossierId, String dossierCode, String procedureCode, String agencyId,
		String channel, String status, Instant receivedAt, Instant dueAt, Instant resolvedAt, Instant closedAt,
		Integer rating, boolean counted) {
}
