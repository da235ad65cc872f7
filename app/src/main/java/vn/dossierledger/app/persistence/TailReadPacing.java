package vn.dossierledger.app.persistence;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces the queries of an event stream that has reached the head of the store: once a
 * fetch came back short (fewer events than asked for, so the reader is at the head), the
 * same thread's next fetch waits until the interval has passed since that one. Under load
 * the readers (Axon's event-store producer, a processor's private stream) otherwise query
 * as fast as PostgreSQL answers: each commit wakes the producer, each fetch finds one or
 * two events, and an empty fetch ends each burst, so the stream cost about one read
 * transaction per two commands. Paced, each fetch carries what a whole interval
 * committed. A reader behind the head (a replay, fetches coming back full) is never
 * paced.
 * <p>
 * Per thread, because the storage engine serves every stream and a stream reads on one
 * thread.
 */
final class TailReadPacing {

	/** Waits (interruptibly) the given nanoseconds. */
	@FunctionalInterface
	interface Pause {

		void nanos(long nanos) throws InterruptedException;

	}

	private static final long NOT_AT_HEAD = Long.MIN_VALUE;

	private final long intervalNanos;

	private final LongSupplier nanoClock;

	private final Pause pause;

	private final ThreadLocal<long[]> lastShortFetch = ThreadLocal.withInitial(() -> new long[] { NOT_AT_HEAD });

	TailReadPacing(Duration interval) {
		this(interval, System::nanoTime, (nanos) -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
	}

	TailReadPacing(Duration interval, LongSupplier nanoClock, Pause pause) {
		if (interval.isNegative()) {
			throw new IllegalArgumentException(
					"dossier-ledger.event-store.tail-read-interval must not be negative, not " + interval);
		}
		this.intervalNanos = interval.toNanos();
		this.nanoClock = nanoClock;
		this.pause = pause;
	}

	/**
	 * Before a fetch: waits out the rest of the interval if this thread is at the head.
	 */
	void awaitTurn() {
		long last = this.lastShortFetch.get()[0];
		if (this.intervalNanos == 0 || last == NOT_AT_HEAD) {
			return;
		}
		long remaining = last + this.intervalNanos - this.nanoClock.getAsLong();
		if (remaining <= 0) {
			return;
		}
		try {
			this.pause.nanos(remaining);
		}
		catch (InterruptedException ex) {
			// The reader is being stopped: fetch at once and let it see the interrupt.
			Thread.currentThread().interrupt();
		}
	}

	/** After a fetch: a short one means this thread has reached the head. */
	void fetched(int events, int asked) {
		this.lastShortFetch.get()[0] = (events < asked) ? this.nanoClock.getAsLong() : NOT_AT_HEAD;
	}

}
