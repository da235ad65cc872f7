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
 */
@ConfigurationProperties("dossier-ledger.processing")
public record ReadModelProcessingProperties(@DefaultValue("5ms") Duration fullBufferBackOff) {

	public ReadModelProcessingProperties {
		if (fullBufferBackOff == null || fullBufferBackOff.compareTo(Duration.ZERO) <= 0
				|| fullBufferBackOff.compareTo(CoordinatorExecutor.AXON_FULL_BUFFER_WAIT) > 0) {
			throw new IllegalArgumentException(
					"dossier-ledger.processing.full-buffer-back-off must be positive and at most "
							+ CoordinatorExecutor.AXON_FULL_BUFFER_WAIT.toMillis() + " ms (Axon's own)");
		}
	}

}
