package vn.dossierledger.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.RemoteExceptionDescription;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

import vn.dossierledger.events.query.audit.AuditSearchView;
import vn.dossierledger.events.query.audit.DossierAuditView;
import vn.dossierledger.events.query.audit.FindAuditEventsQuery;
import vn.dossierledger.events.query.audit.FindDossierAuditQuery;
import vn.dossierledger.query.QueryApiSlice;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.StrictRequestJson;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dossierledger.query.ProblemJson.problem;

/**
 * The audit API: every filter reaches the search; a malformed one is a 400 naming it, a
 * dossier without history a 404, and an unreachable index a 503.
 */
class AuditControllerTest extends QueryApiSlice {

	private static final String DOSSIER = "0b6f3c52-7d1e-4e0a-9c55-2f1f0d7a0001";

	@Test
	void searchesWithEveryFilterGiven() throws Exception {
		FindAuditEventsQuery query = new FindAuditEventsQuery("bo sung", DOSSIER, "000.00.01.H26-260213-0001",
				"hn-phk-cv-01", "SPECIALIST", "hn-phk-tp", "hn-ubnd-phk", "IntakeSupplementRequested", "1.001193",
				Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), 1, 50);
		given(this.queries.query(query, AuditSearchView.class))
			.willReturn(CompletableFuture.completedFuture(new AuditSearchView(List.of(), 0, 1, 50, Map.of())));

		this.mockMvc
			.perform(get("/api/audit/events").param("q", "bo sung")
				.param("dossierId", DOSSIER)
				.param("dossierCode", "000.00.01.H26-260213-0001")
				.param("actorId", "hn-phk-cv-01")
				.param("role", "SPECIALIST")
				.param("unitId", "hn-phk-tp")
				.param("agencyId", "hn-ubnd-phk")
				.param("eventType", "IntakeSupplementRequested")
				.param("procedureCode", "1.001193")
				.param("from", "2026-01-01T00:00:00Z")
				.param("to", "2026-02-01T00:00:00Z")
				.param("page", "1")
				.param("size", "50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(50));

		then(this.queries).should().query(query, AuditSearchView.class);
	}

	@Test
	void searchesEverythingFromTheFirstPageOfTwentyByDefault() throws Exception {
		FindAuditEventsQuery query = new FindAuditEventsQuery(null, null, null, null, null, null, null, null, null,
				null, null, 0, 20);
		given(this.queries.query(query, AuditSearchView.class))
			.willReturn(CompletableFuture.completedFuture(new AuditSearchView(List.of(), 0, 0, 20, Map.of())));

		this.mockMvc.perform(get("/api/audit/events")).andExpect(status().isOk());

		then(this.queries).should().query(query, AuditSearchView.class);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/audit/events?page=-1, page", "/api/audit/events?page=abc, page",
			"/api/audit/events?size=0, size", "/api/audit/events?size=101, size",
			"/api/audit/events?from=yesterday, from", "/api/audit/events?to=2026-02-01, to",
			"'/api/audit/events?from=2026-02-01T00:00:00Z&to=2026-02-01T00:00:00Z', from" })
	void refusesAMalformedParameterNamingIt(String path, String parameter) throws Exception {
		assertRefusedNaming(path, parameter);
	}

	@Test
	void answersADossiersHistory() throws Exception {
		given(this.queries.query(eq(new FindDossierAuditQuery(DOSSIER)), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(
					Optional.of(new DossierAuditView(DOSSIER, "000.00.01.H26-260213-0001", List.of(), 0))));

		this.mockMvc.perform(get("/api/dossiers/{id}/audit", DOSSIER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dossierId").value(DOSSIER));
	}

	@Test
	void answersADossierWithoutHistoryAsProblemJson() throws Exception {
		given(this.queries.query(any(FindDossierAuditQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));

		this.mockMvc.perform(get("/api/dossiers/{id}/audit", DOSSIER))
			.andExpect(problem(HttpStatus.NOT_FOUND, "audit-history-not-found"));
	}

	@Test
	void answersAnUnreachableIndexWith503() throws Exception {
		given(this.queries.query(any(FindAuditEventsQuery.class), eq(AuditSearchView.class))).willReturn(
				CompletableFuture.failedFuture(new AuditSearchUnavailableException(new IllegalStateException("down"))));

		this.mockMvc.perform(get("/api/audit/events?q=khai+sinh"))
			.andExpect(problem(HttpStatus.SERVICE_UNAVAILABLE, "audit-index-unavailable"));
	}

	@Test
	void answersAnUnreachableIndexWith503AlsoWhenTheFailureCameFromAnotherNode() throws Exception {
		// As Axon Server hands it back: a remote description of the handler's exception,
		// and its details.
		RemoteHandlingException remote = new RemoteHandlingException(new RemoteExceptionDescription(
				List.of("vn.dossierledger.query.audit.AuditSearchUnavailableException: down")));
		given(this.queries.query(any(FindAuditEventsQuery.class), eq(AuditSearchView.class)))
			.willReturn(CompletableFuture.failedFuture(new QueryExecutionException("down", remote,
					new AuditSearchUnavailableDetails("ElasticsearchException"))));

		this.mockMvc.perform(get("/api/audit/events?q=khai+sinh"))
			.andExpect(problem(HttpStatus.SERVICE_UNAVAILABLE, "audit-index-unavailable"));
	}

	@Test
	void answersAnyOtherQueryFailureWith500() throws Exception {
		given(this.queries.query(any(FindAuditEventsQuery.class), eq(AuditSearchView.class)))
			.willReturn(CompletableFuture.failedFuture(new QueryExecutionException("broken", null)));

		this.mockMvc.perform(get("/api/audit/events?q=khai+sinh"))
			.andExpect(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-server-error"));
	}

	@Test
	void refusesATimeTheIndexCannotCompareNamingTheParameter() throws Exception {
		this.mockMvc.perform(get("/api/audit/events").param("from", "-999999999-01-01T00:00:00Z"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"));
		this.mockMvc.perform(get("/api/audit/events").param("to", "+10000-01-01T00:00:00Z"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("to"));
		verifyNoInteractions(this.queries);
	}

	/** Replaces the application's configuration: the audit API and its problems. */
	@Configuration(proxyBeanMethods = false)
	@Import({ AuditController.class, AuditProblemAdvice.class, ApiProblemAdvice.class, StrictRequestJson.class })
	static class AuditApiOnly {

	}

}
