package vn.dossierledger.oversight.ledger;

import java.util.List;

/**
 * The result of recomputing every dossier's chain and every seal: how much was checked,
 * how fast, and every mismatch found.
 *
 * @param mismatches findings located by dossier and sequence number
 * @param sealMismatches findings located by seal
 * @param unsealedEvents leaves of the block still open (sealed later)
 */
public record VerificationReport(long eventsChecked, long dossiersChecked, long sealsChecked, long unsealedEvents,
		List<ChainMismatch> mismatches, List<SealMismatch> sealMismatches, long durationMs, long eventsPerSecond) {

	public boolean clean() {
		return this.mismatches.isEmpty() && this.sealMismatches.isEmpty();
	}

}
