package vn.dossierledger.events.query.statistics;

import java.util.List;

/**
 * One page of the dossiers behind an indicator, with how many there are in all and how
 * many of them the indicator counts: {@code counted / total} is the indicator's share.
 *
 * @param total the dossiers the indicator is a share of
 * @param counted those it counts (on time, online, paid online…)
 */
public record FigureDossiersView(String figure, long total, long counted, int page, int size,
		List<FigureDossierView> dossiers) {

	/** The indicators whose dossiers can be listed: every share and average. */
	public static final List<String> FIGURES = List.of("onTime", "late", "online", "fullyOnline", "onlinePayment",
			"electronicResult", "digitised", "dataReuse", "lowRated", "meanRating", "ratingCoverage",
			"averageResolutionWorkingMinutes");

	public FigureDossiersView {
		dossiers = List.copyOf(dossiers);
	}

}
