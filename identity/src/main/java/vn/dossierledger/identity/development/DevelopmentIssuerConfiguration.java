package vn.dossierledger.identity.development;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.dossierledger.identity.IdentityConfiguration;
import vn.dossierledger.identity.IdentityProperties;
import vn.dossierledger.identity.IssuerDecoder;
import vn.dossierledger.identity.PageSecurityConfiguration;
import vn.dossierledger.identity.Role;
import vn.dossierledger.identity.TrustedIssuers;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * FOR DEVELOPMENT AND DEMONSTRATION ONLY. An OAuth 2 authorization server inside the
 * application (Spring Authorization Server) that signs in the demo people
 * ({@link DemoPeople}) with one shared secret, so that the embedded default runs with
 * real bearer tokens and no outside identity provider. Its signing key lives in memory
 * and changes at every start. It refuses to start in a production profile: there the
 * ledger trusts only the issuers a deployment configures.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("dossier-ledger.security.development-issuer.enabled")
public class DevelopmentIssuerConfiguration {

	/** Profiles of the production path, where only configured issuers may be trusted. */
	public static final Set<String> PRODUCTION_PROFILES = Set.of("postgres", "axonserver");

	/** The issuer's own sign-in form. */
	public static final String SIGN_IN_FORM = "/development-issuer/sign-in";

	private static final Logger logger = LoggerFactory.getLogger(DevelopmentIssuerConfiguration.class);

	private final IdentityProperties.DevelopmentIssuer issuer;

	DevelopmentIssuerConfiguration(IdentityProperties properties, Environment environment) {
		List<String> production = Arrays.stream(environment.getActiveProfiles())
			.filter(PRODUCTION_PROFILES::contains)
			.toList();
		if (!production.isEmpty()) {
			throw new IllegalStateException("The development issuer (dossier-ledger.security.development-issuer"
					+ ".enabled) signs anyone in with a shared secret and must not run in the production profile(s) "
					+ production + ": configure the trusted issuers (dossier-ledger.security.issuers) instead");
		}
		this.issuer = properties.developmentIssuer();
		logger.warn("DEVELOPMENT ISSUER ON: {} signs in the demo people with the shared secret; never use it in "
				+ "production", this.issuer.issuer());
	}

	@Bean
	DemoPeople demoPeople(OfficerRegistry organisation, Environment environment) {
		return new DemoPeople(this.issuer, organisation, () -> pageRedirectUris(environment));
	}

	/**
	 * The pages' sign-in callback on this server, by either loopback name, and any a
	 * deployment adds (a proxy's address).
	 */
	private List<String> pageRedirectUris(Environment environment) {
		List<String> uris = new ArrayList<>(this.issuer.pageRedirectUris());
		String port = environment.getProperty("local.server.port");
		if (port != null) {
			for (String host : List.of("localhost", "127.0.0.1")) {
				uris.add("http://" + host + ":" + port + PageSecurityConfiguration.SIGN_IN_CALLBACK);
			}
		}
		return uris;
	}

	/**
	 * The pages as a client of this issuer. Built at the first sign-in, when the server's
	 * port is known: the server exchanges the code and fetches the keys over HTTP, as
	 * with any issuer; the browser is sent to the issuer on whichever name it used.
	 */
	@Bean
	ClientRegistrationRepository developmentIssuerPageClient(Environment environment) {
		return (registrationId) -> {
			String port = environment.getProperty("local.server.port");
			if (!PageSecurityConfiguration.SIGN_IN_REGISTRATION.equals(registrationId) || port == null) {
				return null;
			}
			String server = "http://127.0.0.1:" + port;
			return ClientRegistration.withRegistrationId(registrationId)
				.clientName("Development issuer")
				.clientId(DemoPeople.PAGES_CLIENT)
				.clientSecret(this.issuer.clientSecret())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("{baseUrl}" + PageSecurityConfiguration.SIGN_IN_CALLBACK)
				.scope(OidcScopes.OPENID)
				.authorizationUri("/oauth2/authorize")
				.tokenUri(server + "/oauth2/token")
				.jwkSetUri(server + "/oauth2/jwks")
				.issuerUri(this.issuer.issuer())
				.userNameAttributeName(IdTokenClaimNames.SUB)
				.build();
		};
	}

	@Bean
	RSAKey developmentIssuerKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK offers no RSA", ex);
		}
	}

	@Bean
	JWKSource<SecurityContext> developmentIssuerKeys(RSAKey developmentIssuerKey) {
		return new ImmutableJWKSet<>(new JWKSet(developmentIssuerKey));
	}

	/**
	 * The resource server checks these tokens with the issuer's public key, in process.
	 */
	@Bean
	IssuerDecoder developmentIssuerDecoder(RSAKey developmentIssuerKey) {
		return new IssuerDecoder(this.issuer.issuer(), () -> {
			try {
				NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(developmentIssuerKey.toRSAPublicKey())
					.build();
				decoder.setJwtValidator(TrustedIssuers.validator(this.issuer.issuer(), this.issuer.audience()));
				return decoder;
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("The development issuer's key has no public part", ex);
			}
		});
	}

	@Bean
	AuthorizationServerSettings developmentIssuerSettings() {
		return AuthorizationServerSettings.builder().issuer(this.issuer.issuer()).build();
	}

	/**
	 * The person's role in every token, and the ledger's audience in access tokens (an ID
	 * token's audience stays the client's). A person's own client carries the role; on
	 * the pages' client it is the signed-in person's.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> developmentIssuerClaims() {
		return (context) -> {
			Object role = context.getRegisteredClient().getClientSettings().getSetting(DemoPeople.ROLE_SETTING);
			if (role == null) {
				role = context.getPrincipal()
					.getAuthorities()
					.stream()
					.map((authority) -> Role.ofAuthority(authority.getAuthority()))
					.flatMap(Optional::stream)
					.map(Role::name)
					.findFirst()
					.orElse(null);
			}
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				context.getClaims().audience(List.of(this.issuer.audience()));
			}
			if (role != null) {
				context.getClaims().claim("roles", List.of(role));
			}
		};
	}

	@Bean
	@Order(IdentityConfiguration.API_FILTER_CHAIN_ORDER - 1)
	SecurityFilterChain developmentIssuerSecurity(HttpSecurity http, RSAKey developmentIssuerKey) throws JOSEException {
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		RequestMatcher endpoints = authorizationServer.getEndpointsMatcher();
		// OpenID Connect's user-info endpoint checks the issuer's own access tokens.
		JwtDecoder ownTokens = NimbusJwtDecoder.withPublicKey(developmentIssuerKey.toRSAPublicKey()).build();
		http.securityMatcher(endpoints)
			.requestCache((cache) -> cache.requestCache(ownRequestCache()))
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.decoder(ownTokens)))
			.with(authorizationServer, (server) -> server.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(endpoints))
			// A browser that is not signed in yet is sent to the people's sign-in form.
			.exceptionHandling((handling) -> handling.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint(SIGN_IN_FORM),
					new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	/**
	 * The authorization request that waits for the sign-in, kept apart from the pages'
	 * own (the page a person asked for before being sent to sign in): both live in the
	 * same browser session.
	 */
	private static RequestCache ownRequestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setSessionAttrName("DEVELOPMENT_ISSUER_SAVED_REQUEST");
		return cache;
	}

	/** The demo people sign in here with their id and the shared secret. */
	@Bean
	@Order(IdentityConfiguration.API_FILTER_CHAIN_ORDER - 2)
	SecurityFilterChain developmentIssuerSignIn(HttpSecurity http, DemoPeople people) {
		http.securityMatcher(SIGN_IN_FORM)
			.requestCache((cache) -> cache.requestCache(ownRequestCache()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.userDetailsService(people)
			.formLogin((form) -> form.loginPage(SIGN_IN_FORM).permitAll())
			.headers((headers) -> headers.contentSecurityPolicy(
					(csp) -> csp.policyDirectives(PageSecurityConfiguration.CONTENT_SECURITY_POLICY)));
		return http.build();
	}

}
