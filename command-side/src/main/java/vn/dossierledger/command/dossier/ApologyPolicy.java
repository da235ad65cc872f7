package vn.dossierledger.command.dossier;

import java.time.Instant;

import vn.dossierledger.events.dossier.DossierStatus;

/**
 * A late dossier gets a written apology with a later appointment (R5): at most the
 * rulebook's number of times (once, per Decree 107/2021 as we read it), and only when the
 * due date is near.
 */
final class ApologyPolicy {

	private ApologyPolicy() {
	}

	static void requireWithinAllowedCount(int apologiesSoFar, int maxApologies, DossierStatus current) {
		if (apologiesSoFar >= maxApologies) {
			throw new DossierRuleViolation(DossierRule.APOLOGY_AT_MOST_ALLOWED_TIMES, current,
					"The appointment was already postponed " + apologiesSoFar + " time(s); the limit is "
							+ maxApologies);
		}
	}

	static void requireLaterDueDate(Instant currentDueAt, Instant newDueAt, DossierStatus current) {
		if (newDueAt == null || !newDueAt.isAfter(currentDueAt)) {
			throw new DossierRuleViolation(DossierRule.APOLOGY_NEEDS_LATER_DUE_DATE, current,
					"The new appointment must be after the current due date " + currentDueAt);
		}
	}

	static void requireWithinWindow(long workingMinutesLeft, int windowWorkingHours, DossierStatus current) {
		if (workingMinutesLeft > windowWorkingHours * 60L) {
			throw new DossierRuleViolation(DossierRule.APOLOGY_NOT_YET_DUE, current,
					"An apology may be issued from " + windowWorkingHours + " working hours before the due date; "
							+ workingMinutesLeft / 60 + " working hours are left");
		}
	}

}
