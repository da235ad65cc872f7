package vn.dossierledger.query.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.query.statistics.FigureDossiersView;
import vn.dossierledger.events.query.statistics.FindFigureDossiersQuery;
import vn.dossierledger.events.query.statistics.FindIndicatorsQuery;
import vn.dossierledger.events.query.statistics.FindOfficerOversightQuery;
import vn.dossierledger.events.query.statistics.FindRankingQuery;
import vn.dossierledger.events.query.statistics.IndicatorCountsView;
import vn.dossierledger.events.query.statistics.IndicatorRatesView;
import vn.dossierledger.events.query.statistics.IndicatorsView;
import vn.dossierledger.events.query.statistics.OfficerOversightView;
import vn.dossierledger.events.query.statistics.RankingEntryView;
import vn.dossierledger.events.query.statistics.RankingView;
import vn.dossierledger.projection.statistics.Decision766Scorecard;
import vn.dossierledger.projection.statistics.IndicatorRates;
import vn.dossierledger.projection.statistics.StatisticsReader;

/**
 * Answers the statistics queries from the performance-statistics read model. "Now" (for
 * open dossiers, DOMAIN R6) is the query's {@code asOf}, else the business clock.
 */
@Component
class StatisticsQueryHandlers {

	/** Indicators where a lower value ranks higher. */
	private static final Set<String> LOWER_IS_BETTER = Set.of("late", "lowRated", "averageResolutionWorkingMinutes");

	private final StatisticsReader reader;

	private final Decision766Scorecard scorecard;

	private final Clock clock;

	StatisticsQueryHandlers(StatisticsReader reader, Decision766Scorecard scorecard, Clock clock) {
		this.reader = reader;
		this.scorecard = scorecard;
		this.clock = clock;
	}

	@QueryHandler
	IndicatorsView handle(FindIndicatorsQuery query) {
		Instant asOf = asOf(query.asOf());
		IndicatorCountsView counts = this.reader.total(
				new StatisticsReader.Filter(query.agencyId(), query.unitId(), query.procedureCode(), query.officerId()),
				query.from(), query.to(), asOf);
		IndicatorRatesView rates = IndicatorRates.of(counts);
		var groups = this.scorecard.score(rates);
		double total = Decision766Scorecard.round2(groups.stream()
			.flatMap((group) -> group.subIndicators().stream())
			.filter((sub) -> sub.score() != null)
			.mapToDouble((sub) -> sub.score())
			.sum());
		double computable = groups.stream().mapToDouble((group) -> group.computablePoints()).sum();
		return new IndicatorsView(query, asOf, counts, rates, groups, total, computable,
				this.scorecard.notComputable());
	}

	@QueryHandler
	RankingView handle(FindRankingQuery query) {
		Instant asOf = asOf(query.asOf());
		StatisticsReader.Grouping grouping = StatisticsReader.Grouping.valueOf(query.by().toUpperCase());
		Map<String, IndicatorCountsView> groups = this.reader.grouped(grouping, query.from(), query.to(), asOf);
		record Valued(String key, Double value, long received) {
		}
		List<Valued> valued = new ArrayList<>();
		groups.forEach((key, counts) -> valued
			.add(new Valued(key, IndicatorRates.of(counts).value(query.indicator()), counts.received())));
		Comparator<Double> better = LOWER_IS_BETTER.contains(query.indicator()) ? Comparator.naturalOrder()
				: Comparator.reverseOrder();
		valued.sort(Comparator.comparing(Valued::value, Comparator.nullsLast(better))
			.thenComparing(Valued::received, Comparator.reverseOrder())
			.thenComparing(Valued::key));
		List<RankingEntryView> entries = new ArrayList<>();
		Integer rank = null;
		Double previous = null;
		for (int i = 0; i < valued.size(); i++) {
			Valued entry = valued.get(i);
			if (entry.value() == null) {
				rank = null;
			}
			else if (!entry.value().equals(previous)) {
				rank = i + 1; // competition ranking: ties share a rank, 1, 2, 2, 4
			}
			previous = entry.value();
			entries.add(new RankingEntryView(rank, entry.key(), entry.value(), entry.received()));
		}
		return new RankingView(query, asOf, entries);
	}

	@QueryHandler
	OfficerOversightView handle(FindOfficerOversightQuery query) {
		Instant asOf = asOf(query.asOf());
		return this.reader.unitOf(query.officerId())
			.map((unitId) -> OfficerOversight.compare(query, asOf, unitId,
					this.reader.officerCounts(unitId, query.from(), query.to(), asOf),
					this.reader.heldTimes(unitId, query.from(), query.to())))
			.orElse(null);
	}

	@QueryHandler
	FigureDossiersView handle(FindFigureDossiersQuery query) {
		return this.reader.dossiersBehind(query.figure(),
				new StatisticsReader.Filter(query.agencyId(), query.unitId(), query.procedureCode(), query.officerId()),
				query.from(), query.to(), asOf(query.asOf()), query.page(), query.size());
	}

	private Instant asOf(Instant requested) {
		return (requested != null) ? requested : this.clock.instant();
	}

}
