package vn.dossierledger.projection.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reads outside one's unit become a red flag [PROP]: an official who reads
 * {@code threshold} different dossiers outside their unit within {@code window} (by the
 * reads' recorded times).
 */
@ConfigurationProperties("dossier-ledger.access-audit.out-of-unit-reads")
public record OutOfUnitReadsProperties(Integer threshold, Duration window) {

	public OutOfUnitReadsProperties {
		threshold = (threshold == null) ? 3 : threshold;
		window = (window == null) ? Duration.ofDays(7) : window;
		if (threshold < 1) {
			throw new IllegalArgumentException("out-of-unit-reads.threshold must be 1 or more");
		}
	}

}
