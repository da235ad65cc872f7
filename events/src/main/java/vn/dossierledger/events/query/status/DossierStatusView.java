package vn.dossierledger.events.query.status;

import java.time.Instant;

/**
 * What a citizen sees of their dossier: no personal data besides the pseudonymous subject
 * reference.
 *
 * @param nationalStatusCode TrangThaiHoSo, 1–10
 * @param paused the statutory clock is stopped for the citizen (status 5 or 6)
 * @param overdue the due date passed while the dossier was open
 * @param apologyNewDueAt the new appointment date of an apology, if one was issued
 */
public record DossierStatusView(String dossierCode, String applicantRef, String procedureCode, String procedureVersion,
		String procedureName, String agencyId, String agencyName, String channel, String status, int nationalStatusCode,
		String statusLabel, boolean paused, String currentStep, String currentUnitId, Instant submittedAt,
		Instant receivedAt, Instant dueAt, Instant closedAt, boolean overdue, boolean apologyIssued,
		Instant apologyNewDueAt, long amountDueVnd, long amountPaidVnd, NextAction nextAction) {
}
