package vn.dossierledger.events.query.status;

import java.time.Instant;

/** One line of a dossier list (a citizen's dossiers, a unit's desk). */
public record DossierSummaryView(String dossierId, String dossierCode, String applicantRef, String procedureCode,
		String procedureName, String agencyId, String status, int nationalStatusCode, String statusLabel,
		boolean paused, String currentStep, String holderOfficerId, String holderUnitId, Instant submittedAt,
		Instant receivedAt, Instant dueAt, Instant closedAt, boolean overdue, NextAction nextAction) {
}
