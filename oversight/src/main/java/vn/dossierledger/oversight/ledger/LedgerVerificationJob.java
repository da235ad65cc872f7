package vn.dossierledger.oversight.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Re-verifies the whole ledger now and then and logs one summary of it, so that a rewrite
 * of history is noticed even when nobody asks: the mismatches counted by kind with a few
 * examples, never a line per mismatch, which would bury one real finding under many of
 * the same kind. The full list is the answer of {@code POST /api/ledger/verification}.
 */
class LedgerVerificationJob {

	/** Mismatches named in the log; the counts cover the rest. */
	static final int EXAMPLES = 10;

	private static final Logger log = LoggerFactory.getLogger(LedgerVerificationJob.class);

	private final LedgerVerifier verifier;

	LedgerVerificationJob(LedgerVerifier verifier) {
		this.verifier = verifier;
	}

	@Scheduled(initialDelayString = "${dossier-ledger.ledger.verification.interval:PT1H}",
			fixedDelayString = "${dossier-ledger.ledger.verification.interval:PT1H}")
	void verify() {
		VerificationReport report = this.verifier.verifyAll();
		if (report.clean()) {
			log.info(summary(report));
		}
		else {
			log.warn(summary(report));
		}
	}

	/** The report in one message: what was read and checked, then what mismatched. */
	static String summary(VerificationReport report) {
		StringBuilder summary = new StringBuilder("Ledger verified (").append(report.outcome())
			.append(", ")
			.append(report.eventStore())
			.append("): ")
			.append(report.eventsChecked())
			.append(" events of ")
			.append(report.dossiersChecked())
			.append(" dossiers and ")
			.append(report.sealsChecked())
			.append(" seals in ")
			.append(report.durationMs())
			.append(" ms (")
			.append(report.eventsPerSecond())
			.append(" events/s)");
		if ("NOTHING_CHECKED".equals(report.outcome())) {
			summary.append("; the store gave no event: is it the one this ledger was sealed from, and reachable?");
		}
		int total = report.mismatches().size() + report.sealMismatches().size();
		if (total == 0) {
			return summary.toString();
		}
		summary.append("; ").append(total).append(" mismatches: ").append(countsByKind(report));
		List<String> examples = examples(report);
		summary.append("; first ").append(examples.size()).append(": ").append(String.join("; ", examples));
		if (total > examples.size()) {
			summary.append("; and ").append(total - examples.size()).append(" more");
		}
		return summary.toString();
	}

	private static String countsByKind(VerificationReport report) {
		Map<String, Long> counts = new TreeMap<>();
		report.mismatches().forEach((mismatch) -> counts.merge(mismatch.kind().name(), 1L, Long::sum));
		report.sealMismatches().forEach((mismatch) -> counts.merge("seal " + mismatch.kind().name(), 1L, Long::sum));
		return counts.entrySet()
			.stream()
			.map((count) -> count.getKey() + " " + count.getValue())
			.collect(Collectors.joining(", "));
	}

	/** Seal findings first: there are few, and each stands for many events. */
	private static List<String> examples(VerificationReport report) {
		List<String> examples = new ArrayList<>();
		for (SealMismatch mismatch : report.sealMismatches()) {
			if (examples.size() == EXAMPLES) {
				return examples;
			}
			examples.add("seal " + mismatch.treeSize() + " " + mismatch.kind() + " — " + mismatch.detail());
		}
		for (ChainMismatch mismatch : report.mismatches()) {
			if (examples.size() == EXAMPLES) {
				return examples;
			}
			examples.add("dossier " + mismatch.dossierId() + " sequence " + mismatch.sequence() + " " + mismatch.kind()
					+ " — " + mismatch.detail());
		}
		return examples;
	}

}
