package vn.dossierledger.events.query.status;

import java.util.List;

/** One page of a dossier list, pages counted from 0. */
public record DossierSummaryPage(List<DossierSummaryView> items, int page, int size, long totalItems) {

	public DossierSummaryPage {
		items = List.copyOf(items);
	}

}
