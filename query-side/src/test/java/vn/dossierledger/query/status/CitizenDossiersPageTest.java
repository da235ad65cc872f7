package vn.dossierledger.query.status;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.DossierSummaryPage;
import vn.dossierledger.events.query.status.DossierSummaryView;
import vn.dossierledger.events.query.status.FindCitizenDossiersQuery;
import vn.dossierledger.events.query.status.FindFiledDossierStatusQuery;
import vn.dossierledger.events.query.status.FindFiledDossierStepsQuery;
import vn.dossierledger.events.query.status.NextAction;
import vn.dossierledger.query.QueryApiSlice;
import vn.dossierledger.query.live.LiveStreams;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.page.PagesConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in citizen's list links each of their dossiers to its page, which asks the
 * status and steps of a dossier they filed, as themselves; a code they did not file is
 * not found, and its live stream is never opened.
 */
@TestPropertySource(
		properties = { "spring.messages.basename=i18n/pages", "spring.messages.fallback-to-system-locale=false" })
class CitizenDossiersPageTest extends QueryApiSlice {

	private static final String CITIZEN = "cd-0123456789ab";

	private static final String CODE = "000.01.01.H26-260213-00007";

	private static final Principal SIGNED_IN = () -> CITIZEN;

	@Test
	void theListLinksEachDossierToItsPage() throws Exception {
		given(this.queries.query(new FindCitizenDossiersQuery(CITIZEN, 0, 20), DossierSummaryPage.class))
			.willReturn(CompletableFuture.completedFuture(new DossierSummaryPage(List.of(summary()), 0, 20, 1)));

		String page = this.mockMvc.perform(get("/my-dossiers").principal(SIGNED_IN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("href=\"/my-dossiers/" + CODE + "\"");
	}

	@Test
	@SuppressWarnings("unchecked")
	void showsADossierTheCitizenFiledWithItsLiveStream() throws Exception {
		given(this.queries.query(eq(new FindFiledDossierStatusQuery(CODE, CITIZEN)), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.of(view())));
		given(this.queries.query(eq(new FindFiledDossierStepsQuery(CODE, CITIZEN)), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));

		String page = this.mockMvc.perform(get("/my-dossiers/" + CODE).principal(SIGNED_IN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Hồ sơ " + CODE)
			.contains("Đang giải quyết")
			.contains("sse-connect=\"/my-dossiers/" + CODE + "/live\"")
			.contains("hx-get=\"/my-dossiers/" + CODE + "/card\"");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aCodeTheCitizenDidNotFileIsNotFoundAndNotStreamed() throws Exception {
		given(this.queries.query(any(FindFiledDossierStatusQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));

		String page = this.mockMvc.perform(get("/my-dossiers/" + CODE).principal(SIGNED_IN))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mockMvc.perform(get("/my-dossiers/" + CODE + "/card").principal(SIGNED_IN))
			.andExpect(status().isNotFound());
		this.mockMvc.perform(get("/my-dossiers/" + CODE + "/live").principal(SIGNED_IN))
			.andExpect(status().isNotFound());

		assertThat(page).contains("Bạn không nộp hồ sơ nào có mã này.").doesNotContain("Đang giải quyết");
		then(this.queries).should(never()).subscriptionQuery(any(), any(ResponseType.class), any(ResponseType.class));
	}

	private static DossierSummaryView summary() {
		Instant submitted = Instant.parse("2026-02-13T03:00:00Z");
		return new DossierSummaryView("d-7", CODE, CITIZEN, "1.001193", "Đăng ký khai sinh", "hn-ubnd-phk",
				"IN_PROCESSING", 4, "Đang giải quyết", false, "THAM_DINH", "hn-phk-tp-01", "hn-phk-tp", submitted,
				submitted, null, null, false, null);
	}

	private static DossierStatusView view() {
		Instant submitted = Instant.parse("2026-02-13T03:00:00Z");
		return new DossierStatusView(CODE, "subj-001", "1.001193", "1", "Đăng ký khai sinh", "hn-ubnd-phk",
				"UBND phường Phúc Khánh", "ONLINE", "IN_PROCESSING", 4, "Đang giải quyết", false, "THAM_DINH",
				"hn-phk-tp", submitted, submitted, Instant.parse("2026-02-20T10:00:00Z"), null, false, false, null, 0,
				0, new NextAction("WAIT", "Chờ kết quả", "Wait for the result"));
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ CitizenDossiersPage.class, LiveStreams.class, ApiProblemAdvice.class, PagesConfiguration.class })
	static class CitizenPagesOnly {

	}

}
