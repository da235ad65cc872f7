package vn.dossierledger.query.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dossierledger.events.query.status.CitizenStepView;
import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.DossierStepsView;
import vn.dossierledger.events.query.status.ExpectedOfCitizen;
import vn.dossierledger.events.query.status.ExpectedSupplement;
import vn.dossierledger.events.query.status.FindDossierStatusQuery;
import vn.dossierledger.events.query.status.FindDossierStepsQuery;
import vn.dossierledger.events.query.status.NextAction;
import vn.dossierledger.events.query.status.SupplementItemView;
import vn.dossierledger.query.QueryApiSlice;
import vn.dossierledger.query.live.LiveStreams;
import vn.dossierledger.web.page.PagesConfiguration;
import vn.dossierledger.web.ApiProblemAdvice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The citizen's page: the secret is asked in a form, only its digest is queried, a
 * dossier found is remembered by the session (never by the address), and refusals are
 * pages saying why, with the status the API would give.
 */
@TestPropertySource(properties = { "spring.messages.basename=i18n/pages",
		"spring.messages.fallback-to-system-locale=false", "dossier-ledger.status-lookup.per-client.capacity=3",
		"dossier-ledger.status-lookup.per-client.refill=1", "dossier-ledger.status-lookup.per-client.period=PT1H" })
class StatusPageTest extends QueryApiSlice {

	private static final String CODE = "000.00.01.H26-260213-0001";

	/** SHA-256 of {@code abc} (FIPS 180-2, appendix B.1). */
	private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	@Test
	void asksForTheCodeAndSecretInVietnameseFirst() throws Exception {
		this.mockMvc.perform(get("/status").param("code", " " + CODE + " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"vi\"")))
			.andExpect(content().string(containsString("Mã tra cứu")))
			.andExpect(content().string(containsString("value=\"" + CODE + "\"")));
	}

	@Test
	void switchesToEnglishAndKeepsTheChoiceInACookie() throws Exception {
		this.mockMvc.perform(get("/status").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("Lookup secret")))
			.andExpect(cookie().value("dossier-ledger-language", "en"));
	}

	@Test
	void ignoresALanguageItDoesNotSpeak() throws Exception {
		this.mockMvc.perform(get("/status").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"vi\"")))
			.andExpect(cookie().doesNotExist("dossier-ledger-language"));
	}

	@Test
	void remembersADossierFoundAndShowsItWithoutTheSecretInTheAddress() throws Exception {
		found();
		MockHttpSession session = new MockHttpSession();

		this.mockMvc.perform(lookUp(CODE, "abc", "198.51.100.1").session(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/status/" + CODE));

		this.mockMvc.perform(get("/status/{code}", CODE).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hồ sơ " + CODE)))
			.andExpect(content().string(containsString("Đang giải quyết")))
			.andExpect(content().string(containsString("Trạng thái 4")))
			// 10:00 UTC is 17:00 in Vietnam, whatever the server's zone.
			.andExpect(content().string(containsString("20/02/2026 17:00")))
			.andExpect(content().string(containsString("sse-connect=\"/status/" + CODE + "/live\"")))
			.andExpect(content().string(not(containsString("abc"))));
		then(this.queries).should(times(2))
			.query(eq(new FindDossierStatusQuery(CODE, SHA256_OF_ABC)), any(ResponseType.class));
	}

	@Test
	void showsTheStatusInEnglishFromItsOwnWords() throws Exception {
		found();
		MockHttpSession session = new MockHttpSession();
		this.mockMvc.perform(lookUp(CODE, "abc", "198.51.100.2").session(session));

		this.mockMvc.perform(get("/status/{code}", CODE).param("lang", "en").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Status 4")))
			.andExpect(content().string(containsString("Being processed")))
			.andExpect(content().string(containsString("Wait for the result")));
	}

	@Test
	void answersTheCardAloneForALiveUpdate() throws Exception {
		found();
		MockHttpSession session = new MockHttpSession();
		this.mockMvc.perform(lookUp(CODE, "abc", "198.51.100.3").session(session));

		String card = this.mockMvc.perform(get("/status/{code}/card", CODE).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(card).contains("Đang giải quyết").doesNotContain("<html").doesNotContain("<header");
	}

	@Test
	void refusesAWrongSecretAsAnUnknownCodeAndRemembersNothing() throws Exception {
		given(this.queries.query(any(FindDossierStatusQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));
		MockHttpSession session = new MockHttpSession();

		this.mockMvc.perform(lookUp(CODE, "wrong", "198.51.100.4").session(session))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy hồ sơ")))
			.andExpect(content().string(containsString("role=\"alert\"")));

		this.mockMvc.perform(get("/status/{code}", CODE).session(session))
			.andExpect(redirectedUrl("/status?code=" + CODE));
		this.mockMvc.perform(get("/status/{code}/card", CODE).session(session)).andExpect(status().isNotFound());
		this.mockMvc.perform(get("/status/{code}/live", CODE).session(session)).andExpect(status().isNotFound());
	}

	@Test
	void refusesAFormWithoutASecretAskingNothing() throws Exception {
		this.mockMvc.perform(post("/status").param("code", CODE).param("secret", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vui lòng nhập mã tra cứu")));
		this.mockMvc.perform(post("/status").param("secret", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vui lòng nhập mã hồ sơ")));
		then(this.queries).should(never()).query(any(FindDossierStatusQuery.class), any(ResponseType.class));
	}

	@Test
	void refusesACodeNoDossierCanHaveAskingNothing() throws Exception {
		this.mockMvc.perform(lookUp("x".repeat(65), "abc", "198.51.100.5"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Mã hồ sơ không hợp lệ")));
		then(this.queries).should(never()).query(any(FindDossierStatusQuery.class), any(ResponseType.class));
	}

	@Test
	void countsFormLookupsAgainstTheSameLimitsAsTheApi() throws Exception {
		given(this.queries.query(any(FindDossierStatusQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));
		for (int i = 0; i < 3; i++) {
			this.mockMvc.perform(lookUp("page-limit-" + i, "abc", "198.51.100.6")).andExpect(status().isNotFound());
		}

		this.mockMvc.perform(lookUp("page-limit-3", "abc", "198.51.100.6"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "3600"))
			.andExpect(content().string(containsString("3600 giây")));
		then(this.queries).should(times(3)).query(any(FindDossierStatusQuery.class), any(ResponseType.class));
	}

	@Test
	void showsTheStepsSoFarAndWhatTheCitizenMustSupply() throws Exception {
		found();
		MockHttpSession session = new MockHttpSession();
		this.mockMvc.perform(lookUp(CODE, "abc", "198.51.100.7").session(session));

		this.mockMvc.perform(get("/status/{code}", CODE).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Việc bạn cần làm")))
			.andExpect(content().string(containsString("Bổ sung hồ sơ theo yêu cầu ngày 16/02/2026 09:00:")))
			.andExpect(content().string(containsString("Bản sao giấy khai sinh không rõ")))
			.andExpect(content().string(containsString("Khoản 2 Điều 9 Nghị định 118/2025/NĐ-CP")))
			.andExpect(content().string(containsString("Tiếp nhận hồ sơ và hẹn trả kết quả")))
			.andExpect(content().string(containsString("Chuyển đến: Phòng Tư pháp")));
		then(this.queries).should().query(eq(new FindDossierStepsQuery(CODE, SHA256_OF_ABC)), any(ResponseType.class));

		this.mockMvc.perform(get("/status/{code}", CODE).param("lang", "en").session(session))
			.andExpect(content().string(containsString("What you need to do")))
			.andExpect(content().string(containsString("Received, result date given")));
	}

	private void found() {
		given(this.queries.query(eq(new FindDossierStatusQuery(CODE, SHA256_OF_ABC)), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.of(view())));
		given(this.queries.query(eq(new FindDossierStepsQuery(CODE, SHA256_OF_ABC)), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.of(steps())));
	}

	private static DossierStepsView steps() {
		Instant received = Instant.parse("2026-02-13T03:00:00Z");
		Instant requested = Instant.parse("2026-02-16T02:00:00Z");
		List<SupplementItemView> items = List.of(new SupplementItemView("GKS", "Bản sao giấy khai sinh không rõ"));
		return new DossierStepsView(CODE,
				List.of(new CitizenStepView("RECEIVED", "Tiếp nhận hồ sơ và hẹn trả kết quả", received, 2, null, null,
						List.of(), List.of(), null, null, null, Instant.parse("2026-02-20T10:00:00Z")),
						new CitizenStepView("TRANSFERRED", "Chuyển xử lý", received, 4, null, null, List.of(),
								List.of(), null, "hn-phk-tp", "Phòng Tư pháp", null),
						new CitizenStepView("SUPPLEMENT_REQUESTED", "Yêu cầu bổ sung giấy tờ", requested, 5,
								"Giấy tờ chưa hợp lệ", "Khoản 2 Điều 9 Nghị định 118/2025/NĐ-CP", items, List.of(),
								null, null, null, null)),
				new ExpectedOfCitizen(new ExpectedSupplement(requested, "Giấy tờ chưa hợp lệ",
						"Khoản 2 Điều 9 Nghị định 118/2025/NĐ-CP", items), null));
	}

	private static MockHttpServletRequestBuilder lookUp(String code, String secret, String clientAddress) {
		return post("/status").param("code", code).param("secret", secret).with((request) -> {
			request.setRemoteAddr(clientAddress);
			return request;
		});
	}

	private static DossierStatusView view() {
		Instant submitted = Instant.parse("2026-02-13T03:00:00Z");
		return new DossierStatusView(CODE, "subj-001", "1.001193", "1", "Đăng ký khai sinh", "hn-ubnd-phk",
				"UBND phường Phúc Khánh", "ONLINE", "IN_PROCESSING", 4, "Đang giải quyết", false, "THAM_DINH",
				"hn-phk-tp", submitted, submitted, Instant.parse("2026-02-20T10:00:00Z"), null, false, false, null, 0,
				0, new NextAction("WAIT", "Chờ kết quả", "Wait for the result"));
	}

	/** The citizen's page and what every page needs. */
	@Configuration(proxyBeanMethods = false)
	@Import({ StatusPage.class, StatusLookupLimitConfiguration.class, LiveStreams.class, ApiProblemAdvice.class,
			PagesConfiguration.class })
	static class StatusPageOnly {

	}

}
