package vn.dossierledger.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The simulated stretch of business time: from the start of the legal day {@code days}
 * days before start-up, to the real start-up instant.
 */
record SimulationWindow(Instant start, Instant end) {

	static final ZoneId LEGAL_TIME_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static SimulationWindow endingAt(Instant end, int days) {
		LocalDate firstDay = LocalDate.ofInstant(end.minus(Duration.ofDays(days)), LEGAL_TIME_ZONE);
		return new SimulationWindow(firstDay.atStartOfDay(LEGAL_TIME_ZONE).toInstant(), end);
	}

	boolean contains(Instant instant) {
		return !instant.isBefore(this.start) && !instant.isAfter(this.end);
	}

}
