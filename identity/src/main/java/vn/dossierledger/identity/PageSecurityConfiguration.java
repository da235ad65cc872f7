package vn.dossierledger.identity;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The pages for people, apart from the API: a browser session (a citizen's looked-up
 * dossiers and a signed-in official live in it), so every form carries a CSRF token; a
 * content security policy that lets only the application's own scripts and styles run.
 * Officials sign in with OpenID Connect at the identity provider (the development issuer
 * in the embedded default); the access token it gives is checked exactly as the API
 * checks a bearer token ({@link PageUsers}), so a page knows the same caller and roles.
 * The API keeps its stateless bearer-token chain ({@link IdentityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurityConfiguration {

	/** Before the API's chain, which covers every path. */
	public static final int PAGE_FILTER_CHAIN_ORDER = IdentityConfiguration.API_FILTER_CHAIN_ORDER - 5;

	/** The identity provider's registration for the pages' sign-in. */
	public static final String SIGN_IN_REGISTRATION = "ledger";

	/** Where the identity provider sends the browser back with a code. */
	public static final String SIGN_IN_CALLBACK = "/login/oauth2/code/" + SIGN_IN_REGISTRATION;

	/** The page that leads to the identity provider. */
	public static final String SIGN_IN_PAGE = "/sign-in";

	/** A signed-in citizen's own dossiers. */
	public static final String CITIZEN_DOSSIERS_PAGE = "/my-dossiers";

	/** Each of a signed-in citizen's own dossiers, live. */
	public static final String CITIZEN_DOSSIER_PAGES = "/my-dossiers/**";

	/**
	 * The analysts' dashboard, also open to inspectors (aggregates only, as the API's).
	 */
	public static final String DASHBOARD_PAGES = "/dashboard/**";

	/**
	 * The inspectors' case room: audit search, case replay, red flags, verification,
	 * evidence bundles, the access audit. Every read in it is recorded with its purpose.
	 */
	public static final String CASE_ROOM_PAGES = "/case-room/**";

	/** The pages and what they load; everything else is the API's. */
	public static final List<String> PAGE_PATHS = List.of("/", "/status", "/status/**", SIGN_IN_PAGE, "/sign-out",
			"/forbidden", CITIZEN_DOSSIERS_PAGE, CITIZEN_DOSSIER_PAGES, "/dashboard", DASHBOARD_PAGES, "/case-room",
			CASE_ROOM_PAGES, "/oauth2/authorization/**", "/login/oauth2/code/**", "/css/**", "/js/**", "/images/**",
			"/webjars/**", "/favicon.ico");

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

	@Bean
	@Order(PAGE_FILTER_CHAIN_ORDER)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
			TrustedIssuers issuers) {
		http.securityMatcher(PAGE_PATHS.toArray(String[]::new))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(CITIZEN_DOSSIERS_PAGE, CITIZEN_DOSSIER_PAGES)
				.hasRole(Role.CITIZEN.name())
				.requestMatchers("/dashboard", DASHBOARD_PAGES)
				.hasAnyRole(Role.ANALYST.name(), Role.INSPECTOR.name())
				.requestMatchers("/case-room", CASE_ROOM_PAGES)
				.hasRole(Role.INSPECTOR.name())
				.anyRequest()
				.permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.exceptionHandling((handling) -> handling.accessDeniedPage("/forbidden")
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE)))
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/"));
		if (registrations.getIfAvailable() != null) {
			http.oauth2Login((login) -> login.loginPage(SIGN_IN_PAGE)
				.userInfoEndpoint((users) -> users.oidcUserService(new PageUsers(issuers))));
		}
		return http.build();
	}

}
