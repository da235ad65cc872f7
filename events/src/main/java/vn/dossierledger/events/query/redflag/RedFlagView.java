package vn.dossierledger.events.query.redflag;

import java.time.Instant;
import java.util.List;

/**
 * A red flag (DOMAIN §5.2) as inspectors see it.
 *
 * @param flagId deterministic: rule, dossier and evidence key, so a rebuild gives the
 * same id
 * @param score 0–1, defined per rule (see the rule's documentation)
 * @param raisedAt business time at which the condition arose
 * @param open {@code false} once cured ({@code closedAt}, {@code closedReason})
 */
public record RedFlagView(String flagId, String ruleId, int ruleVersion, String ruleName, String dossierId,
		String dossierCode, String procedureCode, List<String> officerIds, List<String> subjectRefs, String unitId,
		String agencyId, List<String> evidenceEventIds, double score, String description, Instant raisedAt,
		boolean open, Instant closedAt, String closedReason) {

	public RedFlagView {
		officerIds = (officerIds == null) ? List.of() : List.copyOf(officerIds);
		subjectRefs = (subjectRefs == null) ? List.of() : List.copyOf(subjectRefs);
		evidenceEventIds = (evidenceEventIds == null) ? List.of() : List.copyOf(evidenceEventIds);
	}

}
