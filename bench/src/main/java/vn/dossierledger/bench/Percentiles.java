package vn.dossierledger.bench;

import java.util.Arrays;

/** Exact percentiles (nearest rank) of recorded latencies. */
final class Percentiles {

	private final long[] sorted;

	private Percentiles(long[] sorted) {
		this.sorted = sorted;
	}

	static Percentiles of(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return new Percentiles(sorted);
	}

	int count() {
		return this.sorted.length;
	}

	/**
	 * The smallest recorded value that at least {@code percent} % of the values do not
	 * exceed (nearest-rank definition).
	 */
	long at(double percent) {
		if (this.sorted.length == 0) {
			throw new IllegalStateException("No values recorded");
		}
		if (percent <= 0 || percent > 100) {
			throw new IllegalArgumentException("Percent must be in (0, 100]: " + percent);
		}
		int rank = (int) Math.ceil(percent / 100.0 * this.sorted.length);
		return this.sorted[Math.max(rank, 1) - 1];
	}

}
