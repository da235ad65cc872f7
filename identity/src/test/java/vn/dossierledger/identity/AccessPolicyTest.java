package vn.dossierledger.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * The rows of the access policy are what the filter chain enforces, row by row: a request
 * a row covers passes for each of its roles, and is refused to every other role (403) and
 * without a token (401). The API description documents the rows, so it says what the
 * chain does.
 */
@WebMvcTest
@ContextConfiguration(classes = AccessPolicyTest.Slice.class)
class AccessPolicyTest {

	/** The caller of every request: the citizen or officer a row's path names. */
	private static final String PERSON = "p-1";

	private static final String SOMEONE_ELSE = "p-2";

	@Autowired
	private MockMvc mockMvc;

	@Autowired
	private AccessPolicy policy;

	@Test
	void everyRowLetsThroughItsRolesAndNoOtherCaller() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (AccessRule rule : this.policy.rules()) {
			for (HttpMethod method : methodsOf(rule)) {
				for (String pattern : rule.paths()) {
					String path = samplePath(pattern);
					softly.assertThat(this.policy.ruleFor(method, path))
						.as("the row documented for %s %s", method, path)
						.isSameAs(rule);
					softly.assertThat(status(method, path, null, PERSON))
						.as("%s %s without a token", method, path)
						.isIn(passedOrRefused(rule.who(), 401));
					for (Role role : Role.values()) {
						boolean allowed = rule.who() instanceof Who.Anyone || rule.who().roles().contains(role);
						softly.assertThat(status(method, path, role, PERSON))
							.as("%s %s as %s (%s)", method, path, role, rule.description())
							.isIn(allowed ? passed() : List.of(403));
					}
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void aRowWithAConditionRefusesItsRolesWhenTheCallerDoesNotMeetIt() throws Exception {
		for (AccessRule rule : this.policy.rules()) {
			if (rule.who() instanceof Who.Checked checked) {
				String path = samplePath(rule.paths().get(0));
				for (Role role : checked.roles()) {
					if (role != Role.INSPECTOR) {
						assertThat(status(rule.method(), path, role, SOMEONE_ELSE))
							.as("%s %s as %s %s, who is not %s", rule.method(), path, role, SOMEONE_ELSE,
									checked.condition())
							.isEqualTo(403);
					}
				}
			}
		}
	}

	@Test
	void anythingUnlistedNeedsATokenOfAnyRole() throws Exception {
		assertThat(this.policy.ruleFor(HttpMethod.GET, "/api/unlisted")).isSameAs(AccessPolicy.OTHERWISE);
		assertThat(status(HttpMethod.GET, "/api/unlisted", null, PERSON)).isEqualTo(401);
		assertThat(status(HttpMethod.GET, "/api/unlisted", Role.ANALYST, PERSON)).isIn(passed());
	}

	@Test
	void documentsAPathTemplateUnderTheFirstRowThatCoversIt() {
		assertThat(this.policy.ruleFor(HttpMethod.POST, "/api/dossiers/{dossierId}/payments").who().roles())
			.containsExactly(Role.OFFICER, Role.PAYMENT_GATEWAY);
		assertThat(this.policy.ruleFor(HttpMethod.POST, "/api/dossiers/{dossierId}/payments/{transactionId}/refund")
			.who()
			.roles()).containsExactly(Role.OFFICER);
		assertThat(this.policy.ruleFor(HttpMethod.GET, "/api/status/{dossierCode}/events").who())
			.isInstanceOf(Who.Anyone.class);
		assertThat(this.policy.ruleFor(HttpMethod.GET, "/api/ledger/events/{eventId}/inclusion").who().roles())
			.containsExactly(Role.INSPECTOR);
		assertThat(this.policy.ruleFor(HttpMethod.GET, "/api/dossiers/{dossierId}/history").who().roles())
			.containsExactlyInAnyOrder(Role.INSPECTOR, Role.OFFICER);
		assertThat(this.policy.ruleFor(HttpMethod.GET, "/api/dossiers/{dossierId}/evidence").who().roles())
			.containsExactly(Role.INSPECTOR);
	}

	private int status(HttpMethod method, String path, Role role, String caller) throws Exception {
		MockHttpServletRequestBuilder request = request(method, path);
		if (role != null) {
			request.with(jwt().jwt((token) -> token.subject(caller))
				.authorities(new SimpleGrantedAuthority(role.authority())));
		}
		return this.mockMvc.perform(request).andReturn().getResponse().getStatus();
	}

	/**
	 * Whatever follows the filter chain here, where no controller answers: not a refusal.
	 */
	private static List<Integer> passed() {
		List<Integer> statuses = new ArrayList<>();
		for (int status = 200; status < 600; status++) {
			if (status != 401 && status != 403) {
				statuses.add(status);
			}
		}
		return statuses;
	}

	private static List<Integer> passedOrRefused(Who who, int refusal) {
		return (who instanceof Who.Anyone) ? passed() : List.of(refusal);
	}

	private static Set<HttpMethod> methodsOf(AccessRule rule) {
		return (rule.method() != null) ? Set.of(rule.method()) : Set.of(HttpMethod.GET, HttpMethod.POST);
	}

	/**
	 * A request path the pattern matches, naming {@link #PERSON} wherever it has a
	 * variable.
	 */
	private static String samplePath(String pattern) {
		return pattern.replaceAll("\\{[^}]+}", PERSON).replace("**", "any/path").replace("*", "any");
	}

	@Configuration(proxyBeanMethods = false)
	@Import(IdentityConfiguration.class)
	static class Slice {

		/** {@link #PERSON} is an officer of the unit of the same id. */
		@Bean
		OfficerRegistry organisation() {
			OfficerRegistry registry = Mockito.mock(OfficerRegistry.class);
			Mockito.when(registry.officer(Mockito.anyString())).thenReturn(Optional.empty());
			Mockito.when(registry.officer(PERSON))
				.thenReturn(Optional.of(new Officer(PERSON, "Nguyễn Văn A", PERSON,
						EnumSet.of(vn.dossierledger.events.dossier.Role.RECEIVING_OFFICER))));
			return registry;
		}

	}

}
