package vn.dossierledger.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak heap in use and the peak resident set size of this JVM over the samples taken
 * (RSS from {@code /proc/self/status}; 0 where there is none).
 */
final class MemoryPeaks {

	private static final long MIB = 1024 * 1024;

	private long heapUsed;

	private long resident;

	void sample() {
		this.heapUsed = Math.max(this.heapUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		this.resident = Math.max(this.resident, residentSetSize());
	}

	private static long residentSetSize() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: no RSS figure
		}
		return 0;
	}

	@Override
	public String toString() {
		return String.format("peak heap used %,d MiB, peak RSS %,d MiB", this.heapUsed / MIB, this.resident / MIB);
	}

}
