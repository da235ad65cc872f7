package vn.dossierledger.query.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.dossierledger.events.query.statistics.FigureDossierView;
import vn.dossierledger.events.query.statistics.FigureDossiersView;
import vn.dossierledger.events.query.statistics.FindFigureDossiersQuery;
import vn.dossierledger.events.query.statistics.FindIndicatorsQuery;
import vn.dossierledger.events.query.statistics.FindRankingQuery;
import vn.dossierledger.events.query.statistics.GroupScoreView;
import vn.dossierledger.events.query.statistics.IndicatorCountsView;
import vn.dossierledger.events.query.statistics.IndicatorsView;
import vn.dossierledger.events.query.statistics.RankingEntryView;
import vn.dossierledger.events.query.statistics.RankingView;
import vn.dossierledger.events.query.statistics.SubIndicatorScoreView;
import vn.dossierledger.projection.statistics.IndicatorRates;
import vn.dossierledger.query.QueryApiSlice;
import vn.dossierledger.query.live.LiveStreams;
import vn.dossierledger.web.page.PagesConfiguration;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.Agency;
import vn.dossierledger.reference.organisation.AgencyLevel;
import vn.dossierledger.reference.organisation.OfficerRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analysts' dashboard asks the statistics queries with the filters as given, shows
 * the figures with their definitions, hands the charts their figures, and says so when a
 * filter cannot be read, asking nothing.
 */
@TestPropertySource(
		properties = { "spring.messages.basename=i18n/pages", "spring.messages.fallback-to-system-locale=false" })
class DashboardPageTest extends QueryApiSlice {

	private static final Instant AS_OF = Instant.parse("2026-03-31T10:00:00Z");

	@MockitoBean
	private OfficerRegistry organisation;

	@MockitoBean
	private ProcedureCatalogue catalogue;

	@Test
	void showsThePeriodsScoresSharesTrendAndRankingFromTheStatisticsQueries() throws Exception {
		answers();

		String page = this.mockMvc
			.perform(get("/dashboard").param("from", "2026-03-01")
				.param("to", "2026-03-31")
				.param("agencyId", "hn-ubnd-phk"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Hồ sơ tiếp nhận từ 01/03/2026 đến 31/03/2026: 10")
			.contains("72 / 80 điểm")
			.contains("90 %")
			.contains("UBND phường Phúc Khánh")
			.contains("href=\"/dashboard/definitions#onTime\"")
			.contains("sse-connect=\"/dashboard/live?from=2026-03-01&amp;to=2026-03-31&amp;agencyId=hn-ubnd-phk\"")
			// The group chart's figures, and the trend's six months ending with March.
			.contains("{&quot;labels&quot;:[&quot;TDGQ&quot;],&quot;score&quot;:[8.0],&quot;computable&quot;:[10.0]}")
			.contains(
					"&quot;labels&quot;:[&quot;10/2025&quot;,&quot;11/2025&quot;,&quot;12/2025&quot;,&quot;01/2026&quot;,"
							+ "&quot;02/2026&quot;,&quot;03/2026&quot;]");
		ArgumentCaptor<FindIndicatorsQuery> asked = ArgumentCaptor.forClass(FindIndicatorsQuery.class);
		then(this.queries).should(atLeastOnce()).query(asked.capture(), eq(IndicatorsView.class));
		assertThat(asked.getAllValues()).allMatch((query) -> "hn-ubnd-phk".equals(query.agencyId()))
			.anyMatch((query) -> query.from().equals(LocalDate.parse("2026-03-01"))
					&& query.to().equals(LocalDate.parse("2026-03-31")))
			.anyMatch((query) -> query.from().equals(LocalDate.parse("2025-10-01"))
					&& query.to().equals(LocalDate.parse("2025-10-31")));
	}

	@Test
	void saysWhichFilterItCannotReadAndAsksNothing() throws Exception {
		this.mockMvc.perform(get("/dashboard").param("from", "31/03/2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("from is a date like 2026-12-31")))
			.andExpect(content().string(containsString("role=\"alert\"")));
		this.mockMvc.perform(get("/dashboard").param("from", "2026-04-01").param("to", "2026-03-01"))
			.andExpect(content().string(containsString("from must not be after to")));
		then(this.queries).should(never()).query(any(FindIndicatorsQuery.class), eq(IndicatorsView.class));
	}

	@Test
	void listsTheDossiersBehindAFigureForTheSameFilters() throws Exception {
		answers();
		given(this.queries.query(any(FindFigureDossiersQuery.class), eq(FigureDossiersView.class)))
			.willAnswer((call) -> CompletableFuture.completedFuture(new FigureDossiersView("onTime", 2, 1, 0, 50,
					List.of(new FigureDossierView("d-1", "000.01.01.H26-260302-00001", "1.001193", "hn-ubnd-phk",
							"ONLINE", "RESOLVED", AS_OF, AS_OF, AS_OF, AS_OF, 5, true),
							new FigureDossierView("d-2", null, "1.001193", "hn-ubnd-phk", "DESK", "IN_PROCESSING",
									AS_OF, AS_OF, null, null, null, false)))));

		String dashboard = this.mockMvc
			.perform(get("/dashboard").param("from", "2026-03-01")
				.param("to", "2026-03-31")
				.param("agencyId", "hn-ubnd-phk"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String page = this.mockMvc
			.perform(get("/dashboard/dossiers").param("figure", "onTime")
				.param("from", "2026-03-01")
				.param("to", "2026-03-31")
				.param("agencyId", "hn-ubnd-phk"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(dashboard).contains("2.1 Đúng hạn")
			.contains("2.2 Chưa tính được")
			.contains("aria-label=\"Các hồ sơ của chỉ số Đúng hạn\"")
			.contains("href=\"/dashboard/definitions#onTime\" aria-label=\"Định nghĩa: 2.1\"");
		assertThat(dashboard).contains(
				"href=\"/dashboard/dossiers?from=2026-03-01&amp;to=2026-03-31&amp;agencyId=hn-ubnd-phk&amp;figure=onTime\"");
		ArgumentCaptor<FindFigureDossiersQuery> asked = ArgumentCaptor.forClass(FindFigureDossiersQuery.class);
		then(this.queries).should().query(asked.capture(), eq(FigureDossiersView.class));
		assertThat(asked.getValue()).isEqualTo(
				new FindFigureDossiersQuery("onTime", "hn-ubnd-phk", null, null, null, LocalDate.parse("2026-03-01"),
						LocalDate.parse("2026-03-31"), null, 0, DashboardPage.DOSSIERS_PER_PAGE));
		assertThat(page).contains("Các hồ sơ của chỉ số: Đúng hạn")
			.contains("Từ 01/03/2026 đến 31/03/2026: 1 trên 2 hồ sơ được tính.")
			.contains("000.01.01.H26-260302-00001")
			.contains("Đã xử lý xong")
			.contains("data-counted=\"false\"")
			.contains("href=\"/dashboard/definitions#onTime\"");
	}

	@Test
	void refusesAFigureItCannotListAndAsksNothing() throws Exception {
		this.mockMvc.perform(get("/dashboard/dossiers").param("figure", "totalScore"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("figure must be one of")));
		this.mockMvc.perform(get("/dashboard/dossiers"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("figure must be one of")));
		this.mockMvc.perform(get("/dashboard/dossiers").param("figure", "onTime").param("page", "two"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("page is a number from 0")));
		then(this.queries).should(never()).query(any(FindFigureDossiersQuery.class), eq(FigureDossiersView.class));
	}

	@Test
	void definesEveryFigureItShows() throws Exception {
		this.mockMvc.perform(get("/dashboard/definitions").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"onTime\"")))
			.andExpect(content().string(containsString("Dossiers resolved on or before their due date")));
	}

	private void answers() {
		given(this.organisation.agencies()).willReturn(
				List.of(new Agency("hn-ubnd-phk", "PHK", "UBND phường Phúc Khánh", AgencyLevel.MINISTRY, "hn-phk-tn")));
		given(this.queries.query(any(FindIndicatorsQuery.class), eq(IndicatorsView.class)))
			.willAnswer((call) -> CompletableFuture.completedFuture(indicators(call.getArgument(0))));
		given(this.queries.query(any(FindRankingQuery.class), eq(RankingView.class)))
			.willAnswer((call) -> CompletableFuture.completedFuture(new RankingView(call.getArgument(0), AS_OF,
					List.of(new RankingEntryView(1, "hn-ubnd-phk", 90.0, 10)))));
	}

	private static IndicatorsView indicators(FindIndicatorsQuery query) {
		IndicatorCountsView counts = new IndicatorCountsView(10, 9, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
				0, 0, 0);
		GroupScoreView group = new GroupScoreView("TDGQ", "Tiến độ giải quyết", 20, 10, 8.0, List.of(
				new SubIndicatorScoreView("2.1", "Đúng hạn", "onTime", 90.0, 100, 10, 8.0, true, null),
				new SubIndicatorScoreView("2.2", "Chưa tính được", null, null, 100, 10, null, false, "not recorded")));
		return new IndicatorsView(query, AS_OF, counts, IndicatorRates.of(counts), List.of(group), 72, 80, List.of());
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ DashboardPage.class, LiveStreams.class, PagesConfiguration.class })
	static class DashboardOnly {

	}

}
