package vn.dossierledger.command.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * A clock that reads the test fixture's current time, so the aggregate's injected clock
 * moves with {@code whenTimeElapses}/{@code whenThenTimeAdvancesTo} and deadlines fire at
 * the instant they were scheduled for.
 */
final class FixtureClock extends Clock {

	private final Supplier<Instant> now;

	private Instant frozenAt;

	FixtureClock(Supplier<Instant> now) {
		this.now = now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	/**
	 * From now on read this instant instead of the fixture's time, so that a command can
	 * run later than the deadlines scheduled by the given commands.
	 */
	void freezeAt(Instant instant) {
		this.frozenAt = instant;
	}

	/** Reads the fixture's time again, e.g. before deadlines fire. */
	void thaw() {
		this.frozenAt = null;
	}

	@Override
	public Instant instant() {
		return (this.frozenAt != null) ? this.frozenAt : this.now.get();
	}

}
