package vn.dossierledger.events.query.statistics;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a {@link FindRankingQuery}, best first. "Best" is the highest value,
 * except for indicators where less is better (late, lowRated, average resolution time).
 */
public record RankingView(FindRankingQuery query, Instant asOf, List<RankingEntryView> entries) {

	public RankingView {
		entries = List.copyOf(entries);
	}

}
