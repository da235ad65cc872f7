package vn.dossierledger.events.query.statistics;

import java.time.Instant;
import java.util.List;

/**
 * Indicators, group scores and total of one {@link FindIndicatorsQuery}.
 *
 * @param totalScore points earned over the computable sub-indicators
 * @param computablePoints the most those sub-indicators can earn (of 100)
 * @param notComputable sub-indicators the ledger cannot compute yet, with the reason
 */
public record IndicatorsView(FindIndicatorsQuery query, Instant asOf, IndicatorCountsView counts,
		IndicatorRatesView rates, List<GroupScoreView> groups, double totalScore, double computablePoints,
		List<String> notComputable) {

	public IndicatorsView {
		groups = List.copyOf(groups);
		notComputable = List.copyOf(notComputable);
	}

}
