package vn.dossierledger.query.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.query.statistics.FindIndicatorsQuery;
import vn.dossierledger.events.query.statistics.FindOfficerOversightQuery;
import vn.dossierledger.events.query.statistics.FindRankingQuery;
import vn.dossierledger.events.query.statistics.IndicatorCountsView;
import vn.dossierledger.events.query.statistics.IndicatorsView;
import vn.dossierledger.events.query.statistics.OfficerOversightView;
import vn.dossierledger.events.query.statistics.RankingEntryView;
import vn.dossierledger.projection.statistics.Decision766Scorecard;
import vn.dossierledger.projection.statistics.StatisticsReader;
import vn.dossierledger.projection.statistics.StatisticsReader.Filter;
import vn.dossierledger.projection.statistics.StatisticsReader.Grouping;
import vn.dossierledger.projection.statistics.StatisticsReader.OfficerCounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The statistics handlers: rankings best first with shared ranks for ties and groups
 * without a value last and unranked; "now" is the query's, else the clock's.
 */
class StatisticsQueryHandlersTest {

	private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	private static final LocalDate TO = LocalDate.of(2026, 1, 31);

	private static final Instant NOW = Instant.parse("2026-02-01T03:00:00Z");

	private final StatisticsReader reader = mock();

	private final StatisticsQueryHandlers handlers = new StatisticsQueryHandlers(this.reader,
			Decision766Scorecard.loadDefault(), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void ranksTiesAlikeAndSkipsTheRanksTheyTake() {
		grouped(Map.of("a", counts(10, 9), "b", counts(10, 10), "c", counts(20, 18), "d", counts(10, 5)));

		List<RankingEntryView> entries = rank("onTime");

		assertThat(entries).extracting(RankingEntryView::key).containsExactly("b", "c", "a", "d");
		assertThat(entries).extracting(RankingEntryView::rank).containsExactly(1, 2, 2, 4);
	}

	@Test
	void breaksATieByMoreDossiersThenByKey() {
		grouped(Map.of("z", counts(10, 10), "y", counts(10, 10), "x", counts(30, 30)));

		assertThat(rank("onTime")).extracting(RankingEntryView::key).containsExactly("x", "y", "z");
	}

	@Test
	void ranksTheLowestLateShareFirst() {
		grouped(Map.of("slow", counts(10, 5), "fast", counts(10, 10)));

		assertThat(rank("late")).extracting(RankingEntryView::key).containsExactly("fast", "slow");
	}

	@Test
	void listsAGroupWithoutAValueLastAndUnranked() {
		grouped(Map.of("empty", counts(0, 0), "a", counts(10, 1)));

		List<RankingEntryView> entries = rank("onTime");

		assertThat(entries).extracting(RankingEntryView::key).containsExactly("a", "empty");
		assertThat(entries.get(1).rank()).isNull();
		assertThat(entries.get(1).value()).isNull();
	}

	@Test
	void countsOpenDossiersAsOfTheQueryTimeWhenGiven() {
		Instant asOf = Instant.parse("2026-01-15T00:00:00Z");
		given(this.reader.grouped(Grouping.AGENCY, FROM, TO, asOf)).willReturn(Map.of("a", counts(1, 1)));

		assertThat(this.handlers.handle(new FindRankingQuery("agency", "onTime", FROM, TO, asOf)).asOf())
			.isEqualTo(asOf);
	}

	@Test
	void scoresTheIndicatorsOfTheFilterAsOfNow() {
		FindIndicatorsQuery query = new FindIndicatorsQuery("ag", "un", "pr", "of", FROM, TO, null);
		given(this.reader.total(new Filter("ag", "un", "pr", "of"), FROM, TO, NOW)).willReturn(counts(10, 9));

		IndicatorsView view = this.handlers.handle(query);

		assertThat(view.asOf()).isEqualTo(NOW);
		assertThat(view.rates().onTime()).isEqualTo(90.0);
		assertThat(view.totalScore()).isEqualTo(Decision766Scorecard.round2(view.groups()
			.stream()
			.flatMap((group) -> group.subIndicators().stream())
			.filter((sub) -> sub.score() != null)
			.mapToDouble((sub) -> sub.score())
			.sum()));
	}

	@Test
	void answersNothingForAnOfficerOfNoUnit() {
		given(this.reader.unitOf("nobody")).willReturn(Optional.empty());

		assertThat(this.handlers.handle(new FindOfficerOversightQuery("nobody", FROM, TO, null))).isNull();
	}

	@Test
	void comparesAnOfficerWithTheirUnit() {
		given(this.reader.unitOf("cv-1")).willReturn(Optional.of("tp"));
		given(this.reader.officerCounts("tp", FROM, TO, NOW))
			.willReturn(List.of(new OfficerCounts("cv-1", 4, 0, 0, 0, 0, 4, 0, 0)));
		given(this.reader.heldTimes("tp", FROM, TO)).willReturn(List.of());

		OfficerOversightView view = this.handlers.handle(new FindOfficerOversightQuery("cv-1", FROM, TO, null));

		assertThat(view.unitId()).isEqualTo("tp");
		assertThat(view.officer().dossiersHandled()).isEqualTo(4);
	}

	private void grouped(Map<String, IndicatorCountsView> groups) {
		// the reader's order is not the ranking's: sorted by key here
		given(this.reader.grouped(Grouping.UNIT, FROM, TO, NOW)).willReturn(new TreeMap<>(groups));
	}

	private List<RankingEntryView> rank(String indicator) {
		return this.handlers.handle(new FindRankingQuery("unit", indicator, FROM, TO, null)).entries();
	}

	private static IndicatorCountsView counts(long received, long onTime) {
		return new IndicatorCountsView(received, onTime, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

}
