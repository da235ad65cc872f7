package vn.dossierledger.query.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MvcResult;

import vn.dossierledger.events.query.status.CitizenStepView;
import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.DossierStepsView;
import vn.dossierledger.events.query.status.DossierSummaryPage;
import vn.dossierledger.events.query.status.FindCitizenDossiersQuery;
import vn.dossierledger.events.query.status.ExpectedOfCitizen;
import vn.dossierledger.events.query.status.ExpectedSupplement;
import vn.dossierledger.events.query.status.FindDossierStatusQuery;
import vn.dossierledger.events.query.status.FindDossierStepsQuery;
import vn.dossierledger.events.query.status.FindUnitDossiersQuery;
import vn.dossierledger.events.query.status.NextAction;
import vn.dossierledger.events.query.status.SupplementItemView;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dossierledger.query.ProblemJson.problem;

/**
 * The status API: a citizen's lookup sends only the secret's hash and cannot tell an
 * unknown code from a wrong secret; desk lists pass their filters on; a malformed
 * parameter is a 400 naming it, and nothing is asked.
 */
class DossierStatusControllerTest extends QueryApiSlice {

	private static final String CODE = "000.00.01.H26-260213-0001";

	/**
	 * The timeline's lookups guess wrong too: a code of their own keeps them within the
	 * code's limit, which lasts as long as the cached context.
	 */
	private static final String TIMELINE_CODE = "000.00.01.H26-260213-0002";

	/** SHA-256 of {@code abc} (FIPS 180-2, appendix B.1). */
	private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	@Test
	void looksUpADossierWithTheHashOfItsSecret() throws Exception {
		given(this.queries.query(eq(new FindDossierStatusQuery(CODE, SHA256_OF_ABC)), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.of(view())));

		this.mockMvc.perform(get("/api/status/{code}", CODE).header("X-Lookup-Secret", "abc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dossierCode").value(CODE))
			.andExpect(jsonPath("$.nationalStatusCode").value(4));
	}

	@ParameterizedTest(name = "secret {0}")
	@ValueSource(strings = { "wrong", "" })
	void answersAWrongSecretAsAnUnknownCode(String secret) throws Exception {
		given(this.queries.query(any(FindDossierStatusQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));

		this.mockMvc.perform(get("/api/status/{code}", CODE).header("X-Lookup-Secret", secret))
			.andExpect(problem(HttpStatus.NOT_FOUND, "dossier-not-found"))
			.andExpect(jsonPath("$.detail").value("No dossier with this code and lookup secret"));
	}

	@Test
	void asksWithoutAHashWhenTheSecretIsMissing() throws Exception {
		given(this.queries.query(any(FindDossierStatusQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));

		this.mockMvc.perform(get("/api/status/{code}", CODE))
			.andExpect(problem(HttpStatus.NOT_FOUND, "dossier-not-found"));

		then(this.queries).should().query(eq(new FindDossierStatusQuery(CODE, null)), any(ResponseType.class));
	}

	@Test
	void looksUpTheTimelineWithTheHashOfItsSecret() throws Exception {
		given(this.queries.query(eq(new FindDossierStepsQuery(TIMELINE_CODE, SHA256_OF_ABC)), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.of(timeline())));

		this.mockMvc.perform(get("/api/status/{code}/steps", TIMELINE_CODE).header("X-Lookup-Secret", "abc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dossierCode").value(TIMELINE_CODE))
			.andExpect(jsonPath("$.steps[0].step").value("SUBMITTED"))
			.andExpect(jsonPath("$.steps[1].step").value("SUPPLEMENT_REQUESTED"))
			.andExpect(jsonPath("$.steps[1].nationalStatusCode").value(5))
			.andExpect(jsonPath("$.steps[1].supplementItems[0].componentCode").value("TO_KHAI"))
			.andExpect(jsonPath("$.expected.supplement.reason").value("Thiếu chữ ký"))
			.andExpect(jsonPath("$.expected.supplement.items[0].issue").value("Chưa ký"))
			.andExpect(jsonPath("$.expected.payment").doesNotExist());
	}

	@ParameterizedTest(name = "secret {0}")
	@ValueSource(strings = { "wrong", "" })
	void answersAWrongSecretForTheTimelineAsAnUnknownCode(String secret) throws Exception {
		given(this.queries.query(any(FindDossierStepsQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));

		this.mockMvc.perform(get("/api/status/{code}/steps", TIMELINE_CODE).header("X-Lookup-Secret", secret))
			.andExpect(problem(HttpStatus.NOT_FOUND, "dossier-not-found"))
			.andExpect(jsonPath("$.detail").value("No dossier with this code and lookup secret"));
	}

	@Test
	void asksForTheTimelineWithoutAHashWhenTheSecretIsMissing() throws Exception {
		given(this.queries.query(any(FindDossierStepsQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));

		this.mockMvc.perform(get("/api/status/{code}/steps", TIMELINE_CODE))
			.andExpect(problem(HttpStatus.NOT_FOUND, "dossier-not-found"));

		then(this.queries).should().query(eq(new FindDossierStepsQuery(TIMELINE_CODE, null)), any(ResponseType.class));
	}

	@Test
	void listsACitizensDossiersFromTheFirstPageOfTwentyByDefault() throws Exception {
		FindCitizenDossiersQuery query = new FindCitizenDossiersQuery("subj-001", 0, 20);
		given(this.queries.query(query, DossierSummaryPage.class))
			.willReturn(CompletableFuture.completedFuture(new DossierSummaryPage(List.of(), 0, 20, 0)));

		this.mockMvc.perform(get("/api/citizens/subj-001/dossiers"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(20));

		then(this.queries).should().query(query, DossierSummaryPage.class);
	}

	@Test
	void listsAUnitsDeskWithItsFilters() throws Exception {
		FindUnitDossiersQuery query = new FindUnitDossiersQuery("hn-phk-tn", 4, true, 48, 2, 50);
		given(this.queries.query(query, DossierSummaryPage.class))
			.willReturn(CompletableFuture.completedFuture(new DossierSummaryPage(List.of(), 2, 50, 101)));

		this.mockMvc
			.perform(get("/api/units/hn-phk-tn/dossiers?status=4&overdue=true&dueWithinHours=48&page=2&size=50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(101));

		then(this.queries).should().query(query, DossierSummaryPage.class);
	}

	@Test
	void listsAUnitsDeskUnfilteredWhenNoFilterIsGiven() throws Exception {
		FindUnitDossiersQuery query = new FindUnitDossiersQuery("hn-phk-tn", null, null, null, 0, 20);
		given(this.queries.query(query, DossierSummaryPage.class))
			.willReturn(CompletableFuture.completedFuture(new DossierSummaryPage(List.of(), 0, 20, 0)));

		this.mockMvc.perform(get("/api/units/hn-phk-tn/dossiers")).andExpect(status().isOk());

		then(this.queries).should().query(query, DossierSummaryPage.class);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/units/u/dossiers?status=0, status", "/api/units/u/dossiers?status=11, status",
			"/api/units/u/dossiers?status=abc, status", "/api/units/u/dossiers?overdue=maybe, overdue",
			"/api/units/u/dossiers?dueWithinHours=-1, dueWithinHours", "/api/units/u/dossiers?page=-1, page",
			"/api/units/u/dossiers?size=0, size", "/api/units/u/dossiers?size=101, size",
			"/api/citizens/s/dossiers?page=abc, page", "/api/citizens/s/dossiers?size=101, size" })
	void refusesAMalformedParameterNamingIt(String path, String parameter) throws Exception {
		assertRefusedNaming(path, parameter);
	}

	@Test
	void streamsTheCurrentStatusFirst() throws Exception {
		SubscriptionQueryResult<DossierStatusView, DossierStatusView> subscription = subscription(Mono.just(view()));

		MvcResult streamed = this.mockMvc
			.perform(get("/api/status/{code}/events", CODE).header("X-Lookup-Secret", "abc"))
			.andExpect(request().asyncStarted())
			.andReturn();

		assertThat(streamed.getResponse().getContentAsString()).startsWith("event:status\ndata:")
			.contains("\"dossierCode\":\"" + CODE + "\"");
		// Plain instances both: an optional initial result would cross Axon Server as a
		// java.util.Optional whose content Jackson reads back as a map.
		then(this.queries).should()
			.subscriptionQuery(eq(new FindDossierStatusQuery(CODE, SHA256_OF_ABC)),
					eq(ResponseTypes.instanceOf(DossierStatusView.class)),
					eq(ResponseTypes.instanceOf(DossierStatusView.class)));
	}

	@Test
	void refusesToStreamAnUnknownDossierAndEndsTheSubscription() throws Exception {
		SubscriptionQueryResult<DossierStatusView, DossierStatusView> subscription = subscription(Mono.empty());

		this.mockMvc.perform(get("/api/status/{code}/events", CODE).header("X-Lookup-Secret", "wrong"))
			.andExpect(problem(HttpStatus.NOT_FOUND, "dossier-not-found"));

		then(subscription).should().cancel();
	}

	@SuppressWarnings("unchecked")
	private SubscriptionQueryResult<DossierStatusView, DossierStatusView> subscription(
			Mono<DossierStatusView> current) {
		SubscriptionQueryResult<DossierStatusView, DossierStatusView> subscription = mock(
				SubscriptionQueryResult.class);
		given(subscription.initialResult()).willReturn(current);
		given(subscription.updates()).willReturn(Flux.empty());
		given(this.queries.subscriptionQuery(any(FindDossierStatusQuery.class), any(ResponseType.class),
				any(ResponseType.class)))
			.willReturn((SubscriptionQueryResult) subscription);
		return subscription;
	}

	private static DossierStatusView view() {
		Instant submitted = Instant.parse("2026-02-13T03:00:00Z");
		return new DossierStatusView(CODE, "subj-001", "1.001193", "1", "Đăng ký khai sinh", "hn-ubnd-phk",
				"UBND phường Phúc Khánh", "ONLINE", "IN_PROGRESS", 4, "Đang giải quyết", false, "THAM_DINH",
				"hn-phk-tp", submitted, submitted, Instant.parse("2026-02-20T10:00:00Z"), null, false, false, null, 0,
				0, new NextAction("WAIT", "Chờ kết quả", "Wait for the result"));
	}

	private static DossierStepsView timeline() {
		Instant submitted = Instant.parse("2026-02-13T03:00:00Z");
		Instant requested = Instant.parse("2026-02-16T03:00:00Z");
		List<SupplementItemView> items = List.of(new SupplementItemView("TO_KHAI", "Chưa ký"));
		return new DossierStepsView(TIMELINE_CODE,
				List.of(new CitizenStepView("SUBMITTED", "Nộp hồ sơ", submitted, 1, null, null, List.of(), List.of(),
						null, null, null, null),
						new CitizenStepView("SUPPLEMENT_REQUESTED", "Yêu cầu bổ sung giấy tờ", requested, 5,
								"Thiếu chữ ký", "Luật Hộ tịch 2014", items, List.of(), null, null, null, null)),
				new ExpectedOfCitizen(new ExpectedSupplement(requested, "Thiếu chữ ký", "Luật Hộ tịch 2014", items),
						null));
	}

	/** Replaces the application's configuration: the status API and its problems. */
	@Configuration(proxyBeanMethods = false)
	@Import({ DossierStatusController.class, StatusProblemAdvice.class, StatusLookupLimitConfiguration.class,
			LiveStreams.class, ApiProblemAdvice.class, StrictRequestJson.class })
	static class StatusApiOnly {

	}

}
