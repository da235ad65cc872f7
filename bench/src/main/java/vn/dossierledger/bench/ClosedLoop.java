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
	 * The app under test loaded until its JIT has settled ({@link WarmUp}), then measured
	 * with its CPU and its JIT compilers' share of it.
	 */
	static Outcome run(int clients, Supplier<Client> clientFactory, WarmUp warmUp, Duration measured, ProcessCpu app) {
		return run(clients, clientFactory, () -> warmUp.run(app, Pause::of), measured, app::nanos, app::jitNanos);
	}

	/**
	 * A load whose target's CPU is not watched (the raw limits), after a fixed warm-up.
	 */
	static Outcome runUnwatched(int clients, Supplier<Client> clientFactory, Duration warmUp, Duration measured) {
		return run(clients, clientFactory, () -> {
			Pause.of(warmUp);
			return new WarmUp.Taken(warmUp, Double.NaN);
		}, measured, () -> 0, () -> 0);
	}

	private static Outcome run(int clients, Supplier<Client> clientFactory, Supplier<WarmUp.Taken> warmingUp,
			Duration measured, LongSupplier cpuNanos, LongSupplier jitNanos) {
		ProcessCpu generator = new ProcessCpu(ProcessHandle.current().pid());
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
		WarmUp.Taken warmUp = warmingUp.get();
		long doneBefore = done.get();
		long failedBefore = failed.get();
		long cpuBefore = cpuNanos.getAsLong();
		long jitBefore = jitNanos.getAsLong();
		long generatorBefore = generator.nanos();
		long start = System.nanoTime();
		Pause.of(measured);
		long doneInWindow = done.get() - doneBefore;
		long failedInWindow = failed.get() - failedBefore;
		long cpuInWindow = cpuNanos.getAsLong() - cpuBefore;
		long jitInWindow = jitNanos.getAsLong() - jitBefore;
		long generatorInWindow = generator.nanos() - generatorBefore;
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
		return new Outcome(doneInWindow, failedInWindow, elapsed, cpuInWindow, jitInWindow, generatorInWindow, warmUp);
	}

	private static final class Stop {

		private volatile boolean requested;

	}

	/**
	 * @param cpuNanos CPU used by the process under test in the window (0: not measured)
	 * @param jitNanos the part of it its JIT compilers used
	 * @param generatorNanos CPU of this process, the load generator, in the window
	 * @param warmUp what came before the window
	 */
	record Outcome(long done, long failed, Duration measured, long cpuNanos, long jitNanos, long generatorNanos,
			WarmUp.Taken warmUp) {

		double perSecond() {
			return this.done / (this.measured.toNanos() / 1e9);
		}

		/** CPU milliseconds of the process under test per completed action. */
		double cpuMillisEach() {
			return (this.done == 0) ? 0 : this.cpuNanos / 1e6 / this.done;
		}

		String describe(String unit) {
			String cpu = (this.cpuNanos == 0) ? ""
					: String.format(", %.2f ms of app CPU each (%.0f %% of one core, its JIT %.0f %%)", cpuMillisEach(),
							100.0 * this.cpuNanos / this.measured.toNanos(),
							100.0 * this.jitNanos / this.measured.toNanos());
			String generator = (this.done == 0) ? ""
					: String.format(", load generator %.2f ms", this.generatorNanos / 1e6 / this.done);
			return String.format("%,d %s in %.1f s = %,.0f/s, %,d failed%s%s; %s", this.done, unit,
					this.measured.toNanos() / 1e9, perSecond(), this.failed, cpu, generator, this.warmUp.describe());
		}

	}

}
