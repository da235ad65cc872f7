package vn.dossierledger.query.page;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import vn.dossierledger.query.QueryApiSlice;
import vn.dossierledger.web.page.PagesConfiguration;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The address of the application is a page that says what this is, not a JSON 404. */
@TestPropertySource(
		properties = { "spring.messages.basename=i18n/pages", "spring.messages.fallback-to-system-locale=false" })
class HomePageTest extends QueryApiSlice {

	@Test
	void saysWhatThisIsAndLetsACitizenLookUpADossier() throws Exception {
		this.mockMvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("Hồ sơ thủ tục hành chính, từng bước một")))
			.andExpect(content().string(containsString("action=\"/status\"")))
			.andExpect(content().string(containsString("href=\"?lang=en\"")));
	}

	@Test
	void speaksEnglishOnRequest() throws Exception {
		this.mockMvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Administrative dossiers, step by step")));
	}

	@ParameterizedTest(name = "cookie {0}")
	@ValueSource(strings = { "zz%00", "fr", "" })
	void speaksVietnameseWhenTheLanguageCookieNamesNoPageLanguage(String cookie) throws Exception {
		this.mockMvc.perform(get("/").cookie(new Cookie("dossier-ledger-language", cookie)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"vi\"")));
	}

	@Test
	void keepsEnglishChosenInTheCookie() throws Exception {
		this.mockMvc.perform(get("/").cookie(new Cookie("dossier-ledger-language", "en")))
			.andExpect(content().string(containsString("Administrative dossiers, step by step")));
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ HomePage.class, PagesConfiguration.class })
	static class HomePageOnly {

	}

}
