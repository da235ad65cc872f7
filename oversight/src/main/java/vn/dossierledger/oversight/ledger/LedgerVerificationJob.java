package vn.dossierledger.oversight.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Re-verifies the whole ledger now and then and raises a warning per mismatch, so that a
 * rewrite of history is noticed even when nobody asks.
 */
class LedgerVerificationJob {

	private static final Logger log = LoggerFactory.getLogger(LedgerVerificationJob.class);

	private final LedgerVerifier verifier;

	LedgerVerificationJob(LedgerVerifier verifier) {
		this.verifier = verifier;
	}

	@Scheduled(initialDelayString = "${dossier-ledger.ledger.verification.interval:PT1H}",
			fixedDelayString = "${dossier-ledger.ledger.verification.interval:PT1H}")
	void verify() {
		VerificationReport report = this.verifier.verifyAll();
		report.mismatches()
			.forEach((mismatch) -> log.warn("Ledger mismatch in dossier {} at sequence {}: {} — {}",
					mismatch.dossierId(), mismatch.sequence(), mismatch.kind(), mismatch.detail()));
		report.sealMismatches()
			.forEach((mismatch) -> log.warn("Ledger seal {} mismatch: {} — {}", mismatch.treeSize(), mismatch.kind(),
					mismatch.detail()));
		log.info(
				"Ledger verified ({}, {}): {} events of {} dossiers and {} seals in {} ms ({} events/s), {} mismatches",
				report.outcome(), report.eventStore(), report.eventsChecked(), report.dossiersChecked(),
				report.sealsChecked(), report.durationMs(), report.eventsPerSecond(),
				report.mismatches().size() + report.sealMismatches().size());
	}

}
