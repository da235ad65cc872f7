package vn.dossierledger.events.query.status;

/**
 * A unit's desk: open dossiers its officers hold (for a one-stop desk, also those
 * awaiting intake or collection there), soonest due first. Every filter is optional
 * ({@code null}).
 *
 * @param nationalStatusCode only this national status code (1–10)
 * @param overdue only overdue ({@code true}) or only not overdue ({@code false})
 * @param dueWithinHours only dossiers due within this many (calendar) hours from now
 */
public record FindUnitDossiersQuery(String unitId, Integer nationalStatusCode, Boolean overdue, Integer dueWithinHours,
		int page, int size) {
}
