package vn.dossierledger.query.status;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dossierledger.events.query.status.FindDossierStatusQuery;
import vn.dossierledger.events.query.status.FindDossierStepsQuery;
import vn.dossierledger.query.QueryApiSlice;
import vn.dossierledger.query.live.LiveStreams;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.StrictRequestJson;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dossierledger.query.ProblemJson.invalidParameter;
import static vn.dossierledger.query.ProblemJson.problem;

/**
 * The status lookup over its limits: 429 problem+json naming the limit, with Retry-After
 * in seconds, and nothing asked of the read model; the live stream and the timeline count
 * alike. Each test has clients (addresses behind the trusted proxy) and codes of its own,
 * as the limits outlive a test in the cached context.
 */
@TestPropertySource(properties = { "dossier-ledger.status-lookup.per-client.capacity=3",
		"dossier-ledger.status-lookup.per-client.refill=1", "dossier-ledger.status-lookup.per-client.period=PT1H",
		"dossier-ledger.status-lookup.wrong-guesses-per-code.capacity=2",
		"dossier-ledger.status-lookup.wrong-guesses-per-code.refill=1",
		"dossier-ledger.status-lookup.wrong-guesses-per-code.period=PT10M",
		"dossier-ledger.status-lookup.trusted-proxies=192.0.2.1" })
class StatusLookupLimitControllerTest extends QueryApiSlice {

	@Test
	void refusesAClientOverItsLimitWith429AndRetryAfterAskingNothing() throws Exception {
		nothingFound();
		for (int i = 0; i < 3; i++) {
			this.mockMvc.perform(lookup("client-a-" + i, "203.0.113.1")).andExpect(status().isNotFound());
		}

		this.mockMvc.perform(lookup("client-a-3", "203.0.113.1"))
			.andExpect(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-lookups"))
			.andExpect(jsonPath("$.limit").value("client"))
			.andExpect(header().string("Retry-After", "3600"));

		then(this.queries).should(times(3)).query(any(FindDossierStatusQuery.class), any(ResponseType.class));
	}

	@Test
	void refusesTheLiveStreamOfAClientOverItsLimitBeforeSubscribing() throws Exception {
		nothingFound();
		for (int i = 0; i < 3; i++) {
			this.mockMvc.perform(lookup("client-b-" + i, "203.0.113.2")).andExpect(status().isNotFound());
		}

		this.mockMvc.perform(get("/api/status/{code}/events", "client-b-3").header("X-Lookup-Secret", "abc")
			.header("X-Forwarded-For", "203.0.113.2")
			.with((request) -> {
				request.setRemoteAddr("192.0.2.1");
				return request;
			}))
			.andExpect(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-lookups"))
			.andExpect(header().string("Retry-After", "3600"));

		then(this.queries).should(never())
			.subscriptionQuery(any(FindDossierStatusQuery.class), any(ResponseType.class), any(ResponseType.class));
	}

	@Test
	void countsTimelineLookupsWithStatusLookupsAndRefusesThemAlikeAskingNothing() throws Exception {
		nothingFound();
		for (int i = 0; i < 2; i++) {
			this.mockMvc.perform(lookup("client-e-" + i, "203.0.113.6")).andExpect(status().isNotFound());
		}
		this.mockMvc.perform(through(get("/api/status/{code}/steps", "client-e-2"), "203.0.113.6"))
			.andExpect(status().isNotFound());

		this.mockMvc.perform(through(get("/api/status/{code}/steps", "client-e-3"), "203.0.113.6"))
			.andExpect(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-lookups"))
			.andExpect(jsonPath("$.limit").value("client"))
			.andExpect(header().string("Retry-After", "3600"));

		then(this.queries).should(times(1)).query(any(FindDossierStepsQuery.class), any(ResponseType.class));
	}

	@Test
	void refusesATimelineCodeAfterItsWrongGuessesFromAnyClient() throws Exception {
		nothingFound();
		this.mockMvc.perform(through(get("/api/status/{code}/steps", "guessed-f"), "203.0.113.71"))
			.andExpect(status().isNotFound());
		this.mockMvc.perform(lookup("guessed-f", "203.0.113.72")).andExpect(status().isNotFound());

		this.mockMvc.perform(through(get("/api/status/{code}/steps", "guessed-f"), "203.0.113.73"))
			.andExpect(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-lookups"))
			.andExpect(jsonPath("$.limit").value("dossier-code"))
			.andExpect(header().string("Retry-After", "600"));
	}

	@Test
	void refusesATimelineCodeLongerThanAnyDossierCodeNamingIt() throws Exception {
		this.mockMvc.perform(through(get("/api/status/{code}/steps", "X".repeat(65)), "203.0.113.8"))
			.andExpect(invalidParameter("dossierCode"));

		then(this.queries).shouldHaveNoInteractions();
	}

	@Test
	void refusesACodeAfterItsWrongGuessesFromAnyClient() throws Exception {
		nothingFound();
		this.mockMvc.perform(lookup("guessed-c", "203.0.113.31")).andExpect(status().isNotFound());
		this.mockMvc.perform(lookup("guessed-c", "203.0.113.32")).andExpect(status().isNotFound());

		this.mockMvc.perform(lookup("guessed-c", "203.0.113.33"))
			.andExpect(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-lookups"))
			.andExpect(jsonPath("$.limit").value("dossier-code"))
			.andExpect(header().string("Retry-After", "600"));

		then(this.queries).should(times(2)).query(any(FindDossierStatusQuery.class), any(ResponseType.class));
	}

	@Test
	void believesXForwardedForOnlyFromTheTrustedProxy() throws Exception {
		nothingFound();
		for (int i = 0; i < 3; i++) {
			// Each claims another client, but comes straight from 198.51.100.4.
			this.mockMvc.perform(get("/api/status/{code}", "client-d-" + i).header("X-Forwarded-For", "203.0.113.4" + i)
				.with((request) -> {
					request.setRemoteAddr("198.51.100.4");
					return request;
				})).andExpect(status().isNotFound());
		}

		this.mockMvc.perform(
				get("/api/status/{code}", "client-d-3").header("X-Forwarded-For", "203.0.113.49").with((request) -> {
					request.setRemoteAddr("198.51.100.4");
					return request;
				}))
			.andExpect(jsonPath("$.limit").value("client"));
	}

	@Test
	void refusesACodeLongerThanAnyDossierCodeNamingIt() throws Exception {
		this.mockMvc.perform(lookup("X".repeat(65), "203.0.113.5")).andExpect(invalidParameter("dossierCode"));

		then(this.queries).shouldHaveNoInteractions();
	}

	private void nothingFound() {
		given(this.queries.query(any(FindDossierStatusQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));
		given(this.queries.query(any(FindDossierStepsQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));
	}

	/** A lookup from the client, through the trusted proxy. */
	private static MockHttpServletRequestBuilder lookup(String code, String client) {
		return through(get("/api/status/{code}", code), client);
	}

	/** The request, with a secret, from the client through the trusted proxy. */
	private static MockHttpServletRequestBuilder through(MockHttpServletRequestBuilder request, String client) {
		return request.header("X-Lookup-Secret", "abc").header("X-Forwarded-For", client).with((sent) -> {
			sent.setRemoteAddr("192.0.2.1");
			return sent;
		});
	}

	/** The status API, its problems and its limits. */
	@Configuration(proxyBeanMethods = false)
	@Import({ DossierStatusController.class, StatusProblemAdvice.class, StatusLookupLimitConfiguration.class,
			LiveStreams.class, ApiProblemAdvice.class, StrictRequestJson.class })
	static class LimitedStatusApi {

	}

}
