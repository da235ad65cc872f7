package vn.dossierledger.command.ledger;

import java.util.List;

/**
 * The result of recomputing every dossier's chain: how much was checked, how fast, and
 * every mismatch found.
 */
public record VerificationReport(long eventsChecked, long dossiersChecked, List<ChainMismatch> mismatches,
		long durationMs, long eventsPerSecond) {

	public boolean clean() {
		return this.mismatches.isEmpty();
	}

}
