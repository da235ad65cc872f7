package vn.dossierledger.projection.controlsheet;

import java.time.Instant;

import vn.dossierledger.reference.calendar.StatutoryClock;

/** How a step ended against its deadline: trước hạn / đúng hạn / quá hạn. */
public enum HandOverOutcome {

	EARLY("trước hạn"), ON_TIME("đúng hạn"), LATE("quá hạn");

	/**
	 * "Early" means handed on with at least one working hour to spare, counted by the
	 * statutory clock (office sessions of working days only). The form does not define a
	 * margin; one working hour keeps "early" from meaning "a minute before the deadline".
	 */
	static final long EARLY_MARGIN_WORKING_MINUTES = 60;

	private final String vietnameseLabel;

	HandOverOutcome(String vietnameseLabel) {
		this.vietnameseLabel = vietnameseLabel;
	}

	public String vietnameseLabel() {
		return this.vietnameseLabel;
	}

	static HandOverOutcome judge(StatutoryClock clock, Instant handedOnAt, Instant deadline) {
		if (handedOnAt.isAfter(deadline)) {
			return LATE;
		}
		return (clock.workingMinutesBetween(handedOnAt, deadline) >= EARLY_MARGIN_WORKING_MINUTES) ? EARLY : ON_TIME;
	}

}
