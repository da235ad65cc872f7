package vn.dossierledger.events.query.statistics;

import java.time.Instant;
import java.util.List;

/**
 * An officer against the peers of the unit.
 *
 * @param unitId the officer's unit
 * @param unitMedian the median of every peer's figure (the officer included)
 * @param peers every officer of the unit who acted in the period
 * @param outliers figures where the officer exceeds the unit median by more than the
 * outlier factor (held time, supplement, refusal, withdrawal, late, apology)
 */
public record OfficerOversightView(FindOfficerOversightQuery query, Instant asOf, String unitId,
		OfficerFiguresView officer, OfficerFiguresView unitMedian, List<OfficerFiguresView> peers,
		List<String> outliers) {

	public OfficerOversightView {
		peers = List.copyOf(peers);
		outliers = List.copyOf(outliers);
	}

}
