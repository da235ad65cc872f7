package vn.dossierledger.query.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import vn.dossierledger.events.query.statistics.FindIndicatorsQuery;
import vn.dossierledger.events.query.statistics.FindOfficerOversightQuery;
import vn.dossierledger.events.query.statistics.FindRankingQuery;
import vn.dossierledger.events.query.statistics.IndicatorCountsView;
import vn.dossierledger.events.query.statistics.IndicatorsView;
import vn.dossierledger.events.query.statistics.OfficerFiguresView;
import vn.dossierledger.events.query.statistics.OfficerOversightView;
import vn.dossierledger.events.query.statistics.RankingEntryView;
import vn.dossierledger.events.query.statistics.RankingView;
import vn.dossierledger.projection.statistics.IndicatorRates;
import vn.dossierledger.query.QueryApiSlice;
import vn.dossierledger.query.live.LiveStreams;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.StrictRequestJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dossierledger.query.ProblemJson.problem;

/**
 * The statistics API: periods and filters reach the query as given; a date that does not
 * parse, a period that ends before it starts or an unknown grouping or indicator is a 400
 * naming the parameter, and nothing is asked.
 */
class StatisticsControllerTest extends QueryApiSlice {

	private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	private static final LocalDate TO = LocalDate.of(2026, 1, 31);

	private static final Instant AS_OF = Instant.parse("2026-02-01T00:00:00Z");

	@Test
	void asksForTheIndicatorsOfThePeriodAndFiltersGiven() throws Exception {
		FindIndicatorsQuery query = new FindIndicatorsQuery("hn-ubnd-phk", "hn-phk-tp", "1.001193", "hn-phk-cv-01",
				FROM, TO, null);
		given(this.queries.query(query, IndicatorsView.class))
			.willReturn(CompletableFuture.completedFuture(indicators(query)));

		answered("/api/statistics/indicators?agencyId=hn-ubnd-phk&unitId=hn-phk-tp&procedureCode=1.001193"
				+ "&officerId=hn-phk-cv-01&from=2026-01-01&to=2026-01-31")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query.from").value("2026-01-01"))
			.andExpect(jsonPath("$.counts.received").value(0));

		then(this.queries).should().query(query, IndicatorsView.class);
	}

	@Test
	void subscribesTheLiveDashboardToTheSameQuery() throws Exception {
		FindIndicatorsQuery query = new FindIndicatorsQuery(null, "hn-phk-tp", null, null, FROM, TO, null);
		SubscriptionQueryResult<IndicatorsView, IndicatorsView> subscription = mock();
		given(subscription.initialResult()).willReturn(Mono.just(indicators(query)));
		given(subscription.updates()).willReturn(Flux.empty());
		given(this.queries.subscriptionQuery(eq(query), any(ResponseType.class), any(ResponseType.class)))
			.willReturn((SubscriptionQueryResult) subscription);

		MvcResult streamed = this.mockMvc
			.perform(get("/api/statistics/indicators/events?unitId=hn-phk-tp&from=2026-01-01&to=2026-01-31"))
			.andExpect(request().asyncStarted())
			.andReturn();

		assertThat(streamed.getResponse().getContentAsString()).startsWith("event:indicators\ndata:");
	}

	@Test
	void ranksByTheGroupingAndIndicatorAsked() throws Exception {
		FindRankingQuery query = new FindRankingQuery("unit", "onTime", FROM, TO, null);
		given(this.queries.query(query, RankingView.class)).willReturn(CompletableFuture
			.completedFuture(new RankingView(query, AS_OF, List.of(new RankingEntryView(1, "hn-phk-tp", 97.5, 40)))));

		answered("/api/statistics/rankings?by=unit&indicator=onTime&from=2026-01-01&to=2026-01-31")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].key").value("hn-phk-tp"));

		then(this.queries).should().query(query, RankingView.class);
	}

	@Test
	void comparesAnOfficerWithTheUnitsPeers() throws Exception {
		FindOfficerOversightQuery query = new FindOfficerOversightQuery("hn-phk-cv-01", FROM, TO, null);
		OfficerFiguresView figures = new OfficerFiguresView("hn-phk-cv-01", 3, 120.0, Map.of(), 0.0, null, 0.0, 0.0,
				0.0);
		given(this.queries.query(query, OfficerOversightView.class)).willReturn(CompletableFuture.completedFuture(
				new OfficerOversightView(query, AS_OF, "hn-phk-tp", figures, figures, List.of(figures), List.of())));

		answered("/api/statistics/officers/hn-phk-cv-01?from=2026-01-01&to=2026-01-31").andExpect(status().isOk())
			.andExpect(jsonPath("$.unitId").value("hn-phk-tp"));
	}

	@Test
	void answersAnUnknownOfficerAsProblemJson() throws Exception {
		given(this.queries.query(any(FindOfficerOversightQuery.class), eq(OfficerOversightView.class)))
			.willReturn(CompletableFuture.completedFuture(null));

		answered("/api/statistics/officers/nobody").andExpect(problem(HttpStatus.NOT_FOUND, "not-found"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/statistics/indicators?from=2026-13-01, from", "/api/statistics/indicators?to=yesterday, to",
			"/api/statistics/indicators?from=2026-02-01&to=2026-01-31, from",
			"/api/statistics/indicators/events?from=01/01/2026, from", "/api/statistics/rankings?indicator=onTime, by",
			"/api/statistics/rankings?by=region&indicator=onTime, by", "/api/statistics/rankings?by=unit, indicator",
			"/api/statistics/rankings?by=unit&indicator=speed, indicator",
			"/api/statistics/rankings?by=unit&indicator=onTime&to=2026-02-30, to",
			"/api/statistics/officers/hn-phk-cv-01?from=2026-03-01&to=2026-02-01, from",
			"/api/statistics/rankings?by=agency&indicator=onTime&to=%2B999999999-12-31, to",
			"/api/statistics/indicators?from=1899-12-31, from",
			"/api/statistics/indicators/dossiers?figure=onTime&to=10000-01-01, to" })
	void refusesAMalformedParameterNamingIt(String path, String parameter) throws Exception {
		assertRefusedNaming(path, parameter);
	}

	/** The answer of an endpoint that answers with the query's future. */
	private ResultActions answered(String path) throws Exception {
		MvcResult started = this.mockMvc.perform(get(path)).andExpect(request().asyncStarted()).andReturn();
		return this.mockMvc.perform(asyncDispatch(started));
	}

	private static IndicatorsView indicators(FindIndicatorsQuery query) {
		IndicatorCountsView none = new IndicatorCountsView(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
				0, 0);
		return new IndicatorsView(query, AS_OF, none, IndicatorRates.of(none), List.of(), 0, 0, List.of());
	}

	/** Replaces the application's configuration: the statistics API and its problems. */
	@Configuration(proxyBeanMethods = false)
	@Import({ StatisticsController.class, LiveStreams.class, ApiProblemAdvice.class, StrictRequestJson.class })
	static class StatisticsApiOnly {

	}

}
