package vn.dossierledger.events.query.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of audit hits, the number of all hits, and the facets over all hits: counts
 * per {@code eventType}, {@code role}, {@code unitId}, {@code agencyId} and
 * {@code procedureCode}, most frequent first.
 */
public record AuditSearchView(List<AuditEventView> hits, long total, int page, int size,
		Map<String, List<FacetCountView>> facets) {

	public AuditSearchView {
		hits = List.copyOf(hits);
		// in the order given
		facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
	}

}
