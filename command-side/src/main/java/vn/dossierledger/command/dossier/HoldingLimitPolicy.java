package vn.dossierledger.command.dossier;

import java.time.Instant;

import vn.dossierledger.reference.calendar.StatutoryClock;

/**
 * How long an officer may hold a transferred dossier before the statutory clock records
 * it (red flag F6, DOMAIN §5.2): k × the working time the transfer allotted to the step
 * (its step deadline minus its time), moved on by the working time the clock has been
 * paused since (the citizen's time is not the officer's).
 */
final class HoldingLimitPolicy {

	private HoldingLimitPolicy() {
	}

	/**
	 * @param heldSince when the transfer handed the dossier over
	 * @param stepDeadline the transfer's step deadline
	 * @param factor k, from the procedure version's rulebook
	 * @param pausedWorkingMinutes working minutes the clock was paused since the transfer
	 * @return the holding limit, or {@code null} when the transfer allotted no working
	 * time (no step deadline, or one not after the transfer)
	 */
	static Instant limitAt(StatutoryClock clock, Instant heldSince, Instant stepDeadline, double factor,
			long pausedWorkingMinutes) {
		if (stepDeadline == null || !stepDeadline.isAfter(heldSince)) {
			return null;
		}
		long allotted = clock.workingMinutesBetween(heldSince, stepDeadline);
		if (allotted <= 0) {
			return null;
		}
		Instant limit = clock.addWorkingMinutes(heldSince, (long) Math.ceil(factor * allotted));
		return clock.addWorkingMinutes(limit, pausedWorkingMinutes);
	}

}
