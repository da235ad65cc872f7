package vn.dossierledger.command.rest;

import java.time.Clock;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.dossierledger.command.catalogue.ProcedureCatalogue;
import vn.dossierledger.command.organisation.OfficerRegistry;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.StrictRequestJson;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.StrictRequestJson;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the command API refuses before a command is sent: a 400 problem+json naming the
 * field, and nothing reaches the command gateway.
 */
@WebMvcTest
class DossierCommandControllerTest {

	private static final String DOSSIER = "/api/dossiers/0b6f3c52-7d1e-4e0a-9c55-2f1f0d7a0001";

	@Autowired
	private MockMvc mockMvc;

	@MockitoBean
	private CommandGateway commands;

	@MockitoBean
	private ProcedureCatalogue catalogue;

	@MockitoBean
	private OfficerRegistry organisation;

	@MockitoBean
	private DossierCodeGenerator codes;

	@Test
	void refusesAnObjectWithADuplicateKeyAsUnreadable() throws Exception {
		refused(post(DOSSIER + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
			.content("{\"actingOfficerId\": \"hn-phk-tn-01\", \"actingOfficerId\": \"hn-phk-ld-01\"}"))
			.andExpect(jsonPath("$.type").value(endsWith("/invalid-request")));
	}

	@Test
	void refusesAnUnknownEnumValueNamingTheField() throws Exception {
		refused(post(DOSSIER + "/receipt").contentType(MediaType.APPLICATION_JSON)
			.content("{\"actingOfficerId\": \"hn-phk-tn-01\", \"deliveryMethod\": \"FOO\"}"))
			.andExpect(jsonPath("$.errors[0].field").value("deliveryMethod"));
	}

	private ResultActions refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		ResultActions result = this.mockMvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.detail").value(not(emptyOrNullString())));
		verifyNoInteractions(this.commands);
		return result;
	}

	/**
	 * Replaces the application's configuration: the command API, its problem answers and
	 * the web layer's JSON reader.
	 */
	@Configuration(proxyBeanMethods = false)
	@Import({ DossierCommandController.class, CommandProblemAdvice.class, ApiProblemAdvice.class,
			StrictRequestJson.class })
	static class CommandApiOnly {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
