package vn.dossierledger.events.query.statistics;

import java.util.List;

/**
 * A Decision 766 group (e.g. TDGQ) with the points earned by its computable
 * sub-indicators.
 *
 * @param maxPoints the group's maximum under the Decision
 * @param computablePoints the maximum of the sub-indicators computed here
 * @param score points earned, {@code null} when none of its sub-indicators has data
 */
public record GroupScoreView(String code, String name, double maxPoints, double computablePoints, Double score,
		List<SubIndicatorScoreView> subIndicators) {

	public GroupScoreView {
		subIndicators = List.copyOf(subIndicators);
	}

}
