package vn.dossierledger.oversight.ledger;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Verification of the hash chains.
 *
 * @param workers threads that hash in parallel (0: one per processor)
 * @param scheduled whether the scheduled job re-verifies the ledger
 * @param interval how long between the end of one scheduled run and the next
 */
@ConfigurationProperties("dossier-ledger.ledger.verification")
record LedgerProperties(int workers, boolean scheduled, Duration interval) {

	LedgerProperties {
		interval = (interval != null) ? interval : Duration.ofHours(1);
	}

	int effectiveWorkers() {
		return (this.workers > 0) ? this.workers : Runtime.getRuntime().availableProcessors();
	}

}
