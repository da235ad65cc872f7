package vn.dossierledger.events.query.redflag;

import java.time.Instant;

/**
 * Flags filtered by any of rule, unit, agency, officer, dossier, open or closed, and
 * raised-at period ({@code from} inclusive, {@code to} exclusive); {@code null} means
 * any. Answered with a {@link RedFlagPage}.
 */
public record FindRedFlagsQuery(String ruleId, String unitId, String agencyId, String officerId, String dossierId,
		Boolean open, Instant from, Instant to, int page, int size) {
}
