package vn.dossierledger.events.query.redflag;

import java.util.List;
import java.util.Map;

/**
 * One page of flags, newest first, and the number of matching flags per rule.
 */
public record RedFlagPage(List<RedFlagView> items, long total, int page, int size, Map<String, Long> countsPerRule) {

	public RedFlagPage {
		items = List.copyOf(items);
		countsPerRule = Map.copyOf(countsPerRule);
	}

}
