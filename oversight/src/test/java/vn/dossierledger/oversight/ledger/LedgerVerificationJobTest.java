package vn.dossierledger.oversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.oversight.ledger.SealMismatch.Kind;

class LedgerVerificationJobTest {

	private static final String STORE = "JPA event store table domain_event_entry on H2";

	@Test
	void manyMismatchesAreCountedByKindWithAFewExamples() {
		List<ChainMismatch> missing = new ArrayList<>();
		for (int sequence = 0; sequence < 25; sequence++) {
			missing.add(new ChainMismatch("d-" + sequence, sequence, MismatchKind.EVENT_MISSING, "gone"));
		}
		missing.add(new ChainMismatch("changed", 3, MismatchKind.PAYLOAD_CHANGED, "rewritten"));
		VerificationReport report = VerificationReport.of(STORE, 100, 30, 5, 0, missing,
				List.of(new SealMismatch(4, Kind.TREE_ROOT_MISMATCH, "edited")), 10, 10_000);

		String summary = LedgerVerificationJob.summary(report);

		assertThat(summary).startsWith("Ledger verified (MISMATCHES, " + STORE + "): 100 events of 30 dossiers")
			.contains("27 mismatches: EVENT_MISSING 25, PAYLOAD_CHANGED 1, seal TREE_ROOT_MISMATCH 1")
			.contains("first 10: seal 4 TREE_ROOT_MISMATCH — edited; dossier d-0 sequence 0 EVENT_MISSING — gone")
			.endsWith("and 17 more")
			.doesNotContain("d-9 ");
	}

	@Test
	void aCleanRunIsOneLineOfCounts() {
		VerificationReport report = VerificationReport.of(STORE, 100, 30, 5, 2, List.of(), List.of(), 10, 10_000);

		assertThat(LedgerVerificationJob.summary(report)).isEqualTo("Ledger verified (CLEAN, " + STORE
				+ "): 100 events of 30 dossiers and 5 seals in 10 ms (10000 events/s)");
	}

	@Test
	void aStoreThatGaveNoEventIsNothingCheckedEvenUnderSeals() {
		VerificationReport report = VerificationReport.of("Axon Server localhost:8124, context default", 0, 0, 671, 0,
				List.of(), List.of(), 10, 0);

		assertThat(report.outcome()).isEqualTo("NOTHING_CHECKED");
		assertThat(report.clean()).isFalse();
		assertThat(LedgerVerificationJob.summary(report)).contains("NOTHING_CHECKED", "the store gave no event");
	}

}
