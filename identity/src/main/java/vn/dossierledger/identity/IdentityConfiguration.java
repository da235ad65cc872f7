package vn.dossierledger.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * The ledger as an OAuth 2 resource server: every request but the public ones carries a
 * bearer token of a trusted issuer ({@link TrustedIssuers}), the token names the caller
 * ({@link TokenCallers}), and {@link AccessPolicy} says who may call what. Refusals are
 * problem+json like every other error: 401 with {@code WWW-Authenticate: Bearer}, 403.
 * Stateless: no session, no cookie, so no cross-site request to forge.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
@Import(IdentityProblemAdvice.class)
public class IdentityConfiguration {

	/** After the development issuer's own endpoints, when it runs. */
	public static final int API_FILTER_CHAIN_ORDER = 10;

	@Bean
	TokenCallers tokenCallers(IdentityProperties properties, OfficerRegistry organisation) {
		return new TokenCallers(properties, organisation);
	}

	@Bean
	TrustedIssuers trustedIssuers(IdentityProperties properties, ObjectProvider<IssuerDecoder> builtIn,
			TokenCallers callers) {
		List<IssuerDecoder> decoders = new ArrayList<>(TrustedIssuers.configured(properties));
		builtIn.orderedStream().forEach(decoders::add);
		return new TrustedIssuers(decoders, callers);
	}

	/** Also read by the API description, which documents who may call each operation. */
	@Bean
	AccessPolicy accessPolicy(OfficerRegistry organisation) {
		return new AccessPolicy(organisation);
	}

	@Bean
	@Order(API_FILTER_CHAIN_ORDER)
	SecurityFilterChain apiSecurity(HttpSecurity http, TrustedIssuers issuers, AccessPolicy policy,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
		ProblemRefusals refusals = new ProblemRefusals(new BearerTokenAuthenticationEntryPoint(),
				new BearerTokenAccessDeniedHandler(), problems);
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(policy::apply)
			.oauth2ResourceServer((server) -> server.authenticationManagerResolver(issuers.resolver())
				.authenticationEntryPoint(refusals)
				.accessDeniedHandler(refusals))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
		return http.build();
	}

	@Bean
	WebMvcConfigurer callerArguments() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver());
			}
		};
	}

}
