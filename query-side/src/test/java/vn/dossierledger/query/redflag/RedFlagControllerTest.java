package vn.dossierledger.query.redflag;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.dossierledger.events.query.redflag.FindRedFlagQuery;
import vn.dossierledger.web.ApiProblemAdvice;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The red-flag API's refusals: problem+json naming the parameter at fault. */
@WebMvcTest
class RedFlagControllerTest {

	private static final String PROBLEMS = "https://dossier-ledger.vn/problems/";

	@Autowired
	private MockMvc mockMvc;

	@MockitoBean
	private QueryGateway queries;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/red-flags?page=abc, page", "/api/red-flags?open=maybe, open",
			"/api/red-flags?from=yesterday, from", "/api/red-flags?page=-1, page", "/api/red-flags?size=0, size",
			"/api/red-flags/search?q=x&size=201, size", "/api/red-flags/search, q" })
	void refusesAMalformedParameterNamingIt(String path, String parameter) throws Exception {
		this.mockMvc.perform(get(path))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
			.andExpect(jsonPath("$.title").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.parameter").value(parameter));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/red-flags/F1-unknown, red-flag-not-found" })
	void answersAnUnknownFlagAsProblemJson(String path, String type) throws Exception {
		given(this.queries.query(any(FindRedFlagQuery.class), any(ResponseType.class)))
			.willReturn(CompletableFuture.completedFuture(Optional.empty()));

		this.mockMvc.perform(get(path))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(PROBLEMS + type))
			.andExpect(jsonPath("$.detail").value(not(emptyOrNullString())));
	}

	/** Replaces the application's configuration: the red-flag API and its problems. */
	@Configuration(proxyBeanMethods = false)
	@Import({ RedFlagController.class, ApiProblemAdvice.class })
	static class RedFlagApiOnly {

	}

}
