package vn.dossierledger.command.signature;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.web.ApiProblemAdvice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.mockito.Mockito;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dossierledger.command.TestCallers;
import vn.dossierledger.identity.IdentityConfiguration;
import vn.dossierledger.identity.Role;
import vn.dossierledger.reference.organisation.OfficerRegistry;

@WebMvcTest(properties = SignatureConfiguration.DEMO_CA_ENABLED + "=true")
class DemoSigningControllerTests {

	private static final String DECISION_SHA256 = X509SignatureVerifierTests.sha256("Quyết định 12/QĐ-UBND");

	private static final RequestPostProcessor OFFICER_42 = TestCallers.as("officer-42", Role.OFFICER);

	@Autowired
	private MockMvc mockMvc;

	/** The web layer's mapper (Jackson 3), as the controller writes its answer. */
	@Autowired
	private JsonMapper jsonMapper;

	@Autowired
	private DemoCertificateAuthority authority;

	@Test
	void signsTheHashAsTheCaller() throws Exception {
		MvcResult result = this.mockMvc
			.perform(post("/api/demo/signatures").with(OFFICER_42)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentSha256\": \"" + DECISION_SHA256 + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.algorithm").value("SHA256withECDSA"))
			.andReturn();

		DetachedSignature signature = this.jsonMapper.readValue(result.getResponse().getContentAsString(),
				DetachedSignature.class);
		assertThat(new X509SignatureVerifier(List.of(this.authority.rootCertificate()))
			.verify(DECISION_SHA256, signature, Instant.now())
			.subject()).startsWith("CN=officer-42,");
	}

	@Test
	void answersProblemDetailForAMalformedHash() throws Exception {
		this.mockMvc
			.perform(post("/api/demo/signatures").with(OFFICER_42)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"signer\": \"officer-42\", \"documentSha256\": \"ABC123\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].field").value("documentSha256"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("64 lowercase hex")));
	}

	@Test
	void refusesToSignAsAnotherPerson() throws Exception {
		this.mockMvc
			.perform(post("/api/demo/signatures").with(OFFICER_42)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"signer\": \"officer-7\", \"documentSha256\": \"" + DECISION_SHA256 + "\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("signer"));
	}

	@Test
	void refusesAnAnalyst() throws Exception {
		this.mockMvc
			.perform(post("/api/demo/signatures").with(TestCallers.as("analyst-01", Role.ANALYST))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentSha256\": \"" + DECISION_SHA256 + "\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesARequestWithoutAToken() throws Exception {
		this.mockMvc
			.perform(post("/api/demo/signatures").contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentSha256\": \"" + DECISION_SHA256 + "\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void answersProblemDetailForUnreadableJson() throws Exception {
		this.mockMvc
			.perform(post("/api/demo/signatures").with(OFFICER_42)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	/**
	 * Replaces the application's configuration: only the controller, the API's problem
	 * answers and a demo CA.
	 */
	@Configuration(proxyBeanMethods = false)
	@Import({ DemoSigningController.class, ApiProblemAdvice.class, IdentityConfiguration.class })
	static class DemoAuthorityOnly {

		@Bean
		OfficerRegistry organisation() {
			return Mockito.mock(OfficerRegistry.class);
		}

		@Bean
		DemoCertificateAuthority demoCertificateAuthority() {
			return DemoCertificateAuthority.generate(SignatureConfiguration.DEMO_CA_COMMON_NAME, Clock.systemUTC());
		}

	}

}
