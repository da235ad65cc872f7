package vn.dossierledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * N clients, each acting as fast as its answers come back (closed loop), for a warm-up
 * and then a measured window; only what completes inside the window counts.
 */
final class ClosedLoop {

	private ClosedLoop() {
	}

	/**
	 * One client's next action; each client thread gets its own, closed when it stops.
	 */
	interface Client extends AutoCloseable {

		/**
		 * @return whether the action succeeded
		 */
		boolean act();

		@Override
		default void close() {
		}

	}

	/**
	 * @param cpuNanos the CPU time used so far by the process under test (read at the
	 * window's ends), or {@code () -> 0}
	 */
	static Outcome run(int clients, Supplier<Client> clientFactory, Duration warmup, Duration measured,
			LongSupplier cpuNanos) {
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		Stop stop = new Stop();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Client client = clientFactory.get();
			Thread thread = new Thread(() -> {
				while (!stop.requested) {
					((client.act()) ? done : failed).incrementAndGet();
				}
				client.close();
			}, "closed-loop-client-" + i);
			thread.start();
			threads.add(thread);
		}
		Pause.of(warmup);
		long doneBefore = done.get();
		long failedBefore = failed.get();
		long cpuBefore = cpuNanos.getAsLong();
		long start = System.nanoTime();
		Pause.of(measured);
		long doneInWindow = done.get() - doneBefore;
		long failedInWindow = failed.get() - failedBefore;
		long cpuInWindow = cpuNanos.getAsLong() - cpuBefore;
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		stop.requested = true;
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return new Outcome(doneInWindow, failedInWindow, elapsed, cpuInWindow);
	}

	private static final class Stop {

		private volatile boolean requested;

	}

	/**
	 * @param cpuNanos CPU used by the process under test in the window (0: not measured)
	 */
	record Outcome(long done, long failed, Duration measured, long cpuNanos) {

		double perSecond() {
			return this.done / (this.measured.toNanos() / 1e9);
		}

		/** CPU milliseconds of the process under test per completed action. */
		double cpuMillisEach() {
			return (this.done == 0) ? 0 : this.cpuNanos / 1e6 / this.done;
		}

		String describe(String unit) {
			String cpu = (this.cpuNanos == 0) ? "" : String.format(", %.2f ms of app CPU each (%.0f %% of one core)",
					cpuMillisEach(), 100.0 * this.cpuNanos / this.measured.toNanos());
			return String.format("%,d %s in %.1f s = %,.0f/s, %,d failed%s", this.done, unit,
					this.measured.toNanos() / 1e9, perSecond(), this.failed, cpu);
		}

	}

}
