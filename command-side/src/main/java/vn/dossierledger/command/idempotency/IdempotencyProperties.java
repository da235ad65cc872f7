package vn.dossierledger.command.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retries of commands with an {@code Idempotency-Key}.
 *
 * @param pendingLease how long a first attempt that has not answered keeps its key: after
 * it, a retry takes the key over (the process that made the attempt is presumed dead)
 * @param retention how long a key and its answer are kept for retries
 */
@ConfigurationProperties("dossier-ledger.idempotency")
public record IdempotencyProperties(Duration pendingLease, Duration retention) {

	public IdempotencyProperties {
		pendingLease = (pendingLease == null) ? Duration.ofSeconds(30) : pendingLease;
		retention = (retention == null) ? Duration.ofDays(1) : retention;
		if (pendingLease.isNegative() || pendingLease.isZero() || retention.compareTo(pendingLease) <= 0) {
			throw new IllegalArgumentException(
					"dossier-ledger.idempotency: pending-lease must be positive and shorter than retention");
		}
	}

}
