package vn.dossierledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the app's heap in use (actuator {@code jvm.memory.used}, area heap) and its
 * resident set ({@code /proc/<pid>/status} VmRSS) once a second; {@link #takePeak()}
 * gives the peaks since the previous call, so each phase gets its own.
 */
final class MemorySampler implements AutoCloseable {

	private static final Duration PERIOD = Duration.ofSeconds(1);

	private final AppProcess app;

	private final AtomicLong peakHeap = new AtomicLong();

	private final AtomicLong peakRss = new AtomicLong();

	private final Thread thread;

	private volatile boolean running = true;

	MemorySampler(AppProcess app) {
		this.app = app;
		this.thread = new Thread(this::sampleUntilClosed, "memory-sampler-" + app.name());
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void sampleUntilClosed() {
		while (this.running) {
			sampleOnce();
			try {
				Thread.sleep(PERIOD.toMillis());
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void sampleOnce() {
		try {
			HttpJson.Reply heap = this.app.http().get("/actuator/metrics/jvm.memory.used?tag=area:heap");
			if (heap.ok()) {
				long used = heap.json().path("measurements").path(0).path("value").asLong();
				this.peakHeap.accumulateAndGet(used, Math::max);
			}
		}
		catch (RuntimeException busy) {
			// A missed sample under load; the next one counts.
		}
		this.peakRss.accumulateAndGet(procStatusBytes(this.app.pid(), "VmRSS:"), Math::max);
	}

	/** Peaks since the previous call (or the start), sampling once more first. */
	Peak takePeak() {
		sampleOnce();
		return new Peak(this.peakHeap.getAndSet(0), this.peakRss.getAndSet(0),
				procStatusBytes(this.app.pid(), "VmHWM:"));
	}

	/** A {@code kB} line of /proc/<pid>/status in bytes; 0 where there is no /proc. */
	static long procStatusBytes(long pid, String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith(field)) {
					return Long.parseLong(line.substring(field.length()).replace("kB", "").trim()) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// process gone or no procfs
		}
		return 0;
	}

	@Override
	public void close() {
		this.running = false;
		this.thread.interrupt();
	}

	/**
	 * @param heapBytes highest heap in use sampled
	 * @param rssBytes highest VmRSS sampled
	 * @param processHighWaterBytes the kernel's VmHWM of the process so far
	 */
	record Peak(long heapBytes, long rssBytes, long processHighWaterBytes) {

		String describe() {
			return String.format("heap %s, RSS %s (VmHWM %s)", mib(this.heapBytes), mib(this.rssBytes),
					mib(this.processHighWaterBytes));
		}

		static String mib(long bytes) {
			return String.format("%,d MiB", bytes / (1024 * 1024));
		}

	}

}
