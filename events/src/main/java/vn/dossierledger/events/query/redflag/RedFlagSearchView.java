package vn.dossierledger.events.query.redflag;

import java.util.List;
import java.util.Map;

/**
 * Search hits, best first, with facet counts per rule; {@code available} is false (and
 * says why) when the search index cannot be reached.
 */
public record RedFlagSearchView(boolean available, String unavailableReason, long total, List<RedFlagView> items,
		Map<String, Long> countsPerRule) {

	public RedFlagSearchView {
		items = List.copyOf(items);
		countsPerRule = Map.copyOf(countsPerRule);
	}

	public static RedFlagSearchView unavailable(String reason) {
		return new RedFlagSearchView(false, reason, 0, List.of(), Map.of());
	}

}
