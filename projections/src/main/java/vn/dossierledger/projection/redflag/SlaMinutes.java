package vn.dossierledger.projection.redflag;

import vn.dossierledger.events.dossier.ProcessingTime;

/**
 * A procedure's processing time in working minutes, at 8 working hours a day (DOMAIN R8);
 * calendar days and months are approximated as working days (22 a month), which errs on
 * the generous side for F5.
 */
final class SlaMinutes {

	private static final long WORKING_DAY = 8 * 60;

	private SlaMinutes() {
	}

	static long of(ProcessingTime sla) {
		return switch (sla.unit()) {
			case HOURS -> sla.value() * 60L;
			case DAYS, WORKING_DAYS -> sla.value() * WORKING_DAY;
			case MONTHS -> sla.value() * 22L * WORKING_DAY;
		};
	}

}
