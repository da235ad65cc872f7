package vn.dossierledger.app.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The business clock while the demo province is seeded: it reads simulated time on the
 * simulator's worker threads and real time (system UTC) everywhere else.
 * <p>
 * Each worker moves its own thread's time forward along the timeline of the dossier it is
 * replaying, which lets several dossiers be replayed in parallel: Axon's local command
 * bus runs the aggregate in the caller's thread, so the aggregate and
 * {@code GenericEventMessage.clock} read the worker's time. Until the simulator has
 * decided whether to seed, every thread reads the start of the simulated window, so that
 * what is minted at start-up (the demo certificate authority's root) is valid over the
 * whole simulated window; after the decision only the workers read simulated time.
 */
final class SimulatedClock extends Clock {

	private final Clock realClock;

	private final ThreadLocal<Instant> workerTime = new ThreadLocal<>();

	private volatile Instant startUpTime;

	SimulatedClock(Clock realClock, Instant windowStart) {
		this.realClock = Objects.requireNonNull(realClock, "realClock");
		this.startUpTime = Objects.requireNonNull(windowStart, "windowStart");
	}

	/** Runs an action on this thread at the given simulated instant. */
	<T> T callAt(Instant at, Supplier<T> action) {
		Instant previous = this.workerTime.get();
		this.workerTime.set(Objects.requireNonNull(at, "at"));
		try {
			return action.get();
		}
		finally {
			if (previous == null) {
				this.workerTime.remove();
			}
			else {
				this.workerTime.set(previous);
			}
		}
	}

	void runAt(Instant at, Runnable action) {
		callAt(at, () -> {
			action.run();
			return null;
		});
	}

	/** From now on, threads that are not replaying a dossier read real time. */
	void leaveStartUp() {
		this.startUpTime = null;
	}

	@Override
	public Instant instant() {
		Instant simulated = this.workerTime.get();
		if (simulated != null) {
			return simulated;
		}
		Instant startUp = this.startUpTime;
		return (startUp != null) ? startUp : this.realClock.instant();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/**
	 * Business time is zone-free; a zoned view would not be a simulated clock any more.
	 */
	@Override
	public Clock withZone(ZoneId zone) {
		if (ZoneOffset.UTC.equals(zone)) {
			return this;
		}
		throw new UnsupportedOperationException("The simulated clock reads UTC only");
	}

}
