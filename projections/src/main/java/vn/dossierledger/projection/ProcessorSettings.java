package vn.dossierledger.projection;

import java.time.Duration;

/**
 * The resolved settings of one read model's pooled streaming processor (see
 * {@link ReadModelProcessingProperties}).
 */
public record ProcessorSettings(int segments, int threads, int batchSize, Duration tokenClaimInterval,
		Duration fullBufferBackOff) {

	/**
	 * Used where neither the group nor the defaults say otherwise: sized for a two-core
	 * machine. Axon's own defaults (16 segments, 4 threads, batch size 1) make a replay
	 * one transaction per event.
	 */
	static final ProcessorSettings FALLBACK = new ProcessorSettings(2, 2, 500, Duration.ofSeconds(5),
			Duration.ofMillis(5));

	public ProcessorSettings {
		if (segments < 1 || threads < 1 || batchSize < 1) {
			throw new IllegalArgumentException("segments, threads and batch size must be at least 1");
		}
		if (!positive(tokenClaimInterval)) {
			throw new IllegalArgumentException("the token claim interval must be positive");
		}
		if (!positive(fullBufferBackOff)
				|| fullBufferBackOff.compareTo(CoordinatorExecutor.AXON_FULL_BUFFER_WAIT) > 0) {
			throw new IllegalArgumentException("the full-buffer back-off must be positive and at most "
					+ CoordinatorExecutor.AXON_FULL_BUFFER_WAIT.toMillis() + " ms (Axon's own)");
		}
	}

	private static boolean positive(Duration duration) {
		return duration != null && duration.compareTo(Duration.ZERO) > 0;
	}

}
