package vn.dossierledger.identity.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import vn.dossierledger.identity.IdentityProperties;
import vn.dossierledger.identity.Role;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;

class DevelopmentIssuerConfigurationTest {

	private final WebApplicationContextRunner contexts = new WebApplicationContextRunner()
		.withUserConfiguration(Organisation.class, DevelopmentIssuerConfiguration.class)
		.withPropertyValues("dossier-ledger.security.development-issuer.enabled=true");

	@Test
	void runsInTheEmbeddedDefault() {
		this.contexts.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(DemoPeople.class));
	}

	@Test
	void refusesToStartInAProductionProfile() {
		for (String profile : DevelopmentIssuerConfiguration.PRODUCTION_PROFILES) {
			this.contexts.withPropertyValues("spring.profiles.active=demo," + profile)
				.run((context) -> assertThat(context).hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining("must not run in the production profile")
					.hasMessageContaining(profile));
		}
	}

	@Test
	void isOffUnlessEnabled() {
		new WebApplicationContextRunner()
			.withUserConfiguration(Organisation.class, DevelopmentIssuerConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoPeople.class));
	}

	@Test
	void signsInEveryKindOfDemoPersonAndNobodyElse() {
		this.contexts.run((context) -> {
			DemoPeople people = context.getBean(DemoPeople.class);
			assertThat(people.roleOf("hn-tn-01")).contains(Role.OFFICER);
			assertThat(people.roleOf("inspector-01")).contains(Role.INSPECTOR);
			assertThat(people.roleOf("analyst-01")).contains(Role.ANALYST);
			assertThat(people.roleOf("admin-01")).contains(Role.ADMIN);
			assertThat(people.roleOf("NATIONAL_PORTAL")).contains(Role.PAYMENT_GATEWAY);
			assertThat(people.roleOf("cd-0123456789ab")).contains(Role.CITIZEN);
			assertThat(people.roleOf("hn-xx-99")).isEmpty();
			assertThat(people.roleOf("cd-0123")).isEmpty();
			assertThat(people.findByClientId("hn-xx-99")).isNull();
			assertThat(
					people.findByClientId("hn-tn-01").getClientSettings().<String>getSetting(DemoPeople.ROLE_SETTING))
				.isEqualTo("OFFICER");
		});
	}

	@Test
	void signsTheDemoPeopleInOnItsFormButNoGateway() {
		this.contexts.run((context) -> {
			DemoPeople people = context.getBean(DemoPeople.class);
			UserDetails analyst = people.loadUserByUsername("analyst-01");
			assertThat(analyst.getAuthorities()).extracting(GrantedAuthority::getAuthority)
				.containsExactly("ROLE_ANALYST");
			assertThat(analyst.getPassword()).isEqualTo("{noop}demo");
			assertThatExceptionOfType(UsernameNotFoundException.class)
				.isThrownBy(() -> people.loadUserByUsername("NATIONAL_PORTAL"));
			assertThatExceptionOfType(UsernameNotFoundException.class)
				.isThrownBy(() -> people.loadUserByUsername("nobody"));
		});
	}

	@Test
	void sendsThePagesBackOnlyToThisServerWithAProofKey() {
		this.contexts.withPropertyValues("local.server.port=8123",
				"dossier-ledger.security.development-issuer.page-redirect-uris=https://portal.example/login/oauth2/code/ledger")
			.run((context) -> {
				RegisteredClient pages = context.getBean(DemoPeople.class).findByClientId(DemoPeople.PAGES_CLIENT);
				assertThat(pages.getAuthorizationGrantTypes())
					.containsExactly(AuthorizationGrantType.AUTHORIZATION_CODE);
				assertThat(pages.getClientSettings().isRequireProofKey()).isTrue();
				assertThat(pages.getRedirectUris()).containsExactlyInAnyOrder(
						"https://portal.example/login/oauth2/code/ledger",
						"http://localhost:8123/login/oauth2/code/ledger",
						"http://127.0.0.1:8123/login/oauth2/code/ledger");
				assertThat(context.getBean(ClientRegistrationRepository.class).findByRegistrationId("ledger"))
					.satisfies((registration) -> {
						assertThat(registration.getProviderDetails().getTokenUri())
							.isEqualTo("http://127.0.0.1:8123/oauth2/token");
						assertThat(registration.getClientId()).isEqualTo(DemoPeople.PAGES_CLIENT);
					});
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(IdentityProperties.class)
	@EnableWebSecurity
	static class Organisation {

		@Bean
		OfficerRegistry organisation() {
			OfficerRegistry registry = Mockito.mock(OfficerRegistry.class);
			Mockito.when(registry.officer(Mockito.anyString())).thenReturn(Optional.empty());
			Mockito.when(registry.officer("hn-tn-01"))
				.thenReturn(Optional.of(new Officer("hn-tn-01", "Nguyễn Thị Lan", "hn-ttpvhcc-quay",
						Set.of(vn.dossierledger.events.dossier.Role.RECEIVING_OFFICER))));
			return registry;
		}

	}

}
