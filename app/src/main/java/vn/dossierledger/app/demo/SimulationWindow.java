package vn.dossierledger.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import vn.dossierledger.events.dossier.VietnamTime;

/**
 * The simulated stretch of business time: from the start of the legal day {@code days}
 * days before start-up, to the real start-up instant.
 */
record SimulationWindow(Instant start, Instant end) {

	/**
	 * How much older than the window its first events may be when a read model reads
	 * them: the seeding run plus the read models' lag behind it.
	 */
	static final Duration SEEDING_ALLOWANCE = Duration.ofDays(1);

	static SimulationWindow endingAt(Instant end, int days) {
		LocalDate firstDay = LocalDate.ofInstant(end.minus(Duration.ofDays(days)), VietnamTime.ZONE);
		return new SimulationWindow(firstDay.atStartOfDay(VietnamTime.ZONE).toInstant(), end);
	}

	/**
	 * Refuses a window whose events the read models could lose. The seeding workers
	 * commit concurrently, so a streaming processor meets global-index gaps that close a
	 * moment later; Axon's event store keeps waiting for a gap only while the events
	 * around it are younger than the gap timeout, judged by their (business-time)
	 * timestamps. An event committed into a gap that was given up is never delivered: a
	 * read model misses, say, a receipt and fails on every later event of that dossier.
	 * @param gapTimeout the event store's gap timeout
	 */
	void requireGapsKeptThroughout(Duration gapTimeout) {
		Duration length = Duration.between(this.start, this.end);
		if (length.plus(SEEDING_ALLOWANCE).compareTo(gapTimeout) > 0) {
			// The window reaches back up to a day more than its days: to the start of
			// the legal day.
			long longestThatFits = gapTimeout.minus(SEEDING_ALLOWANCE).toDays() - 1;
			throw new IllegalStateException("The demo window starts " + length.toDays()
					+ " days back, but the event store gives up waiting for a global-index gap after " + gapTimeout
					+ " (dossier-ledger.event-store.gap-timeout): read models would skip events committed"
					+ " concurrently while seeding. "
					+ ((longestThatFits >= 1)
							? "Simulate at most " + longestThatFits + " days (dossier-ledger.demo.days)"
									+ " or raise the gap timeout (at most ~24 days)."
							: "Raise the gap timeout (the demo profile sets P24D)."));
		}
	}

	boolean contains(Instant instant) {
		return !instant.isBefore(this.start) && !instant.isAfter(this.end);
	}

}
