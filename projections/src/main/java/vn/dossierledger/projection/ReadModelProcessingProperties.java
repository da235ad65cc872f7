package vn.dossierledger.projection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What Axon's {@code axon.eventhandling.processors.<group>.*} cannot say about the read
 * models' processors; their segments, threads, batch size, claim interval and dead-letter
 * queue are set there.
 *
 * @param fullBufferBackOff how long a coordinator waits when a work package has a full
 * buffer of events: Axon fixes it at 100 ms, which capped replays
 * ({@link CoordinatorExecutor})
 * @param failedSegmentRetryInterval the longest wait before a segment whose batch failed
 * (its store unreachable) is tried again: Axon's own back-off doubles up to a minute
 * ({@link NarrowingEventProcessor})
 */
@ConfigurationProperties("dossier-ledger.processing")
public record ReadModelProcessingProperties(@DefaultValue("5ms") Duration fullBufferBackOff,
		@DefaultValue("10s") Duration failedSegmentRetryInterval) {

	public ReadModelProcessingProperties {
		if (failedSegmentRetryInterval == null || failedSegmentRetryInterval.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException(
					"dossier-ledger.processing.failed-segment-retry-interval must be at least a second: "
							+ "sooner, it may come before Axon has let go of the failed work package");
		}
		if (fullBufferBackOff == null || fullBufferBackOff.compareTo(Duration.ZERO) <= 0
				|| fullBufferBackOff.compareTo(CoordinatorExecutor.AXON_FULL_BUFFER_WAIT) > 0) {
			throw new IllegalArgumentException(
					"dossier-ledger.processing.full-buffer-back-off must be positive and at most "
							+ CoordinatorExecutor.AXON_FULL_BUFFER_WAIT.toMillis() + " ms (Axon's own)");
		}
	}

}
