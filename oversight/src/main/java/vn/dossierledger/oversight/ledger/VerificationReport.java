package vn.dossierledger.oversight.ledger;

import java.util.List;

/**
 * The result of recomputing every dossier's chain and every seal: what was read, how much
 * was checked, how fast, and every mismatch found.
 *
 * @param outcome {@code CLEAN} when events were checked and nothing mismatched;
 * {@code MISMATCHES} when anything did; {@code NOTHING_CHECKED} when the store gave no
 * event — a check that saw nothing is not a clean one, and a store that is not the sealed
 * one is not a list of every sealed event missing
 * @param eventStore the event store the events were read from, and where it is
 * @param mismatches findings located by dossier and sequence number
 * @param sealMismatches findings located by seal
 * @param unsealedEvents leaves of the block still open (sealed later)
 */
public record VerificationReport(String outcome, String eventStore, long eventsChecked, long dossiersChecked,
		long sealsChecked, long unsealedEvents, List<ChainMismatch> mismatches, List<SealMismatch> sealMismatches,
		long durationMs, long eventsPerSecond) {

	static VerificationReport of(String eventStore, long eventsChecked, long dossiersChecked, long sealsChecked,
			long unsealedEvents, List<ChainMismatch> mismatches, List<SealMismatch> sealMismatches, long durationMs,
			long eventsPerSecond) {
		String outcome = (!mismatches.isEmpty() || !sealMismatches.isEmpty()) ? "MISMATCHES"
				: (eventsChecked == 0) ? "NOTHING_CHECKED" : "CLEAN";
		return new VerificationReport(outcome, eventStore, eventsChecked, dossiersChecked, sealsChecked, unsealedEvents,
				mismatches, sealMismatches, durationMs, eventsPerSecond);
	}

	public boolean clean() {
		return "CLEAN".equals(this.outcome);
	}

}
