package vn.dossierledger.projection.redflag;

import java.time.Instant;
import java.util.List;

/**
 * What a rule found: the flag's evidence key (with rule and dossier it makes the flag
 * id), the officers involved, their unit, the evidence events, a score in [0, 1], the
 * business time at which the condition arose, and a sentence for inspectors.
 */
record Raise(String key, List<String> officerIds, String unitId, List<String> evidenceEventIds, double score,
		Instant raisedAt, String description) {

	Raise {
		officerIds = officerIds.stream().filter(java.util.Objects::nonNull).toList();
		evidenceEventIds = List.copyOf(evidenceEventIds);
		score = Math.max(0, Math.min(1, Math.round(score * 1000) / 1000.0));
	}

}
