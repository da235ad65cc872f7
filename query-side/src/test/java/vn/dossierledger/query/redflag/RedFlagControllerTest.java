package vn.dossierledger.query.redflag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

import vn.dossierledger.events.query.redflag.FindRedFlagQuery;
import vn.dossierledger.events.query.redflag.FindRedFlagsQuery;
import vn.dossierledger.events.query.redflag.RedFlagDetailView;
import vn.dossierledger.events.query.redflag.RedFlagPage;
import vn.dossierledger.events.query.redflag.RedFlagSearchView;
import vn.dossierledger.events.query.redflag.RedFlagView;
import vn.dossierledger.events.query.redflag.SearchRedFlagsQuery;
import vn.dossierledger.query.QueryApiSlice;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.StrictRequestJson;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dossierledger.query.ProblemJson.problem;

/**
 * The red-flag API: filters reach the query (blank ones as none), a malformed parameter
 * is a 400 naming it, an unknown flag a 404 and an unreachable search index a 503.
 */
class RedFlagControllerTest extends QueryApiSlice {

	private static final String FLAG = "F4-0b6f3c52-7d1e-4e0a-9c55-2f1f0d7a0001";

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/red-flags?page=abc, page", "/api/red-flags?open=maybe, open",
			"/api/red-flags?from=yesterday, from", "/api/red-flags?page=-1, page", "/api/red-flags?size=0, size",
			"/api/red-flags?size=201, size", "/api/red-flags/search?q=x&size=201, size",
			"/api/red-flags/search?q=x&page=-1, page", "/api/red-flags/search, q",
			"/api/red-flags?from=-999999999-01-01T00:00:00Z, from", "/api/red-flags?to=%2B10000-01-01T00:00:00Z, to" })
	void refusesAMalformedParameterNamingIt(String path, String parameter) throws Exception {
		assertRefusedNaming(path, parameter);
	}

	@Test
	void listsTheFlagsMatchingEveryFilterGiven() throws Exception {
		FindRedFlagsQuery query = new FindRedFlagsQuery("F4", "hn-phk-tp", "hn-ubnd-phk", "hn-phk-cv-01", "d-1", true,
				Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), 3, 200);
		given(this.queries.query(query, RedFlagPage.class)).willReturn(
				CompletableFuture.completedFuture(new RedFlagPage(List.of(flag()), 1, 3, 200, Map.of("F4", 1L))));

		this.mockMvc
			.perform(get("/api/red-flags?rule=F4&unitId=hn-phk-tp&agencyId=hn-ubnd-phk&officerId=hn-phk-cv-01"
					+ "&dossierId=d-1&open=true&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&page=3&size=200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.countsPerRule.F4").value(1));

		then(this.queries).should().query(query, RedFlagPage.class);
	}

	@Test
	void takesABlankFilterForNone() throws Exception {
		FindRedFlagsQuery query = new FindRedFlagsQuery(null, null, null, null, null, null, null, null, 0, 20);
		given(this.queries.query(query, RedFlagPage.class))
			.willReturn(CompletableFuture.completedFuture(new RedFlagPage(List.of(), 0, 0, 20, Map.of())));

		this.mockMvc.perform(get("/api/red-flags?rule=&agencyId=&officerId=&dossierId=").param("unitId", " "))
			.andExpect(status().isOk());

		then(this.queries).should().query(query, RedFlagPage.class);
	}

	@Test
	void searchesTheFlagsForTheWordsGiven() throws Exception {
		SearchRedFlagsQuery query = new SearchRedFlagsQuery("bo sung", 1, 10);
		given(this.queries.query(query, RedFlagSearchView.class)).willReturn(CompletableFuture
			.completedFuture(new RedFlagSearchView(true, null, 1, List.of(flag()), Map.of("F4", 1L))));

		this.mockMvc.perform(get("/api/red-flags/search?q=bo sung&page=1&size=10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].flagId").value(FLAG));
	}

	@Test
	void answersAnUnreachableSearchIndexWith503() throws Exception {
		given(this.queries.query(any(SearchRedFlagsQuery.class), eq(RedFlagSearchView.class))).willReturn(
				CompletableFuture.completedFuture(RedFlagSearchView.unavailable("Elasticsearch is not configured")));

		this.mockMvc.perform(get("/api/red-flags/search?q=x"))
			.andExpect(problem(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable"))
			.andExpect(jsonPath("$.detail").value("Elasticsearch is not configured"));
	}

	@Test
	void answersAFlagWithItsEvidence() throws Exception {
		given(this.queries.query(eq(new FindRedFlagQuery(FLAG)), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.of(new RedFlagDetailView(flag(), List.of()))));

		this.mockMvc.perform(get("/api/red-flags/{id}", FLAG))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flag.ruleId").value("F4"));
	}

	@Test
	void answersAnUnknownFlagAsProblemJsonNamingIt() throws Exception {
		given(this.queries.query(any(FindRedFlagQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));

		this.mockMvc.perform(get("/api/red-flags/F1-unknown"))
			.andExpect(problem(HttpStatus.NOT_FOUND, "red-flag-not-found"))
			.andExpect(jsonPath("$.flagId").value("F1-unknown"));
	}

	private static RedFlagView flag() {
		return new RedFlagView(FLAG, "F4", 1, "Trễ hạn không xin lỗi", "d-1", "000.00.01.H26-260213-0001", "1.001193",
				List.of("hn-phk-cv-01"), List.of(), "hn-phk-tp", "hn-ubnd-phk", List.of("e-1"), 1.0,
				"Quá hạn mà chưa có văn bản xin lỗi", Instant.parse("2026-01-20T03:00:00Z"), true, null, null);
	}

	/** Replaces the application's configuration: the red-flag API and its problems. */
	@Configuration(proxyBeanMethods = false)
	@Import({ RedFlagController.class, ApiProblemAdvice.class, StrictRequestJson.class })
	static class RedFlagApiOnly {

	}

}
