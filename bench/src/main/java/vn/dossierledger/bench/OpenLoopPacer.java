package vn.dossierledger.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Fires requests on a fixed schedule, whether or not earlier ones have been answered
 * (open loop): request {@code i} is due at {@code start + i / rate}. When the pacer falls
 * behind it fires at once and keeps the due times, so the latency measured from the due
 * time includes any queueing (no coordinated omission).
 */
final class OpenLoopPacer {

	/** The clock and the way to wait, replaceable in tests. */
	interface Timer {

		Timer SYSTEM = new Timer() {
			@Override
			public long nanoTime() {
				return System.nanoTime();
			}

			@Override
			public void sleepNanos(long nanos) {
				// Not Thread.sleep: it waits whole milliseconds, and at 1,000 requests/s
				// every wait is shorter than one.
				LockSupport.parkNanos(nanos);
				if (Thread.currentThread().isInterrupted()) {
					throw new IllegalStateException("Interrupted while pacing requests");
				}
			}
		};

		long nanoTime();

		void sleepNanos(long nanos);

	}

	/** What to fire; {@code dueNanos} is the request's scheduled time on the timer. */
	interface Request {

		void fire(long index, long dueNanos);

	}

	private final double ratePerSecond;

	private final long count;

	OpenLoopPacer(double ratePerSecond, Duration duration) {
		if (ratePerSecond <= 0) {
			throw new IllegalArgumentException("Rate must be positive");
		}
		this.ratePerSecond = ratePerSecond;
		this.count = (long) Math.floor(ratePerSecond * duration.toNanos() / 1e9);
	}

	long count() {
		return this.count;
	}

	/** The due time of request {@code index}, relative to the start. */
	long offsetNanos(long index) {
		return Math.round(index * 1e9 / this.ratePerSecond);
	}

	/** Fires every request at its due time; returns the start on the timer. */
	long run(Timer timer, Request request) {
		long start = timer.nanoTime();
		for (long i = 0; i < this.count; i++) {
			long due = start + offsetNanos(i);
			// A wait may end early (a spurious wake-up): never fire before the due time.
			for (long wait = due - timer.nanoTime(); wait > 0; wait = due - timer.nanoTime()) {
				timer.sleepNanos(wait);
			}
			request.fire(i, due);
		}
		return start;
	}

}
