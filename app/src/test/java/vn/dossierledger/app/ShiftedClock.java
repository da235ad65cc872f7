package vn.dossierledger.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A business clock that runs behind real time until told to read it, so that a test can
 * record a dossier's past within one running application and then let the statutory
 * clock's deadlines for that past fire.
 */
final class ShiftedClock extends Clock {

	private volatile Duration offset;

	ShiftedClock(Duration offset) {
		this.offset = offset;
	}

	/** From now on, real time. */
	void readRealTime() {
		this.offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

}
