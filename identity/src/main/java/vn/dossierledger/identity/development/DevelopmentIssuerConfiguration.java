package vn.dossierledger.identity.development;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.dossierledger.identity.IdentityConfiguration;
import vn.dossierledger.identity.IdentityProperties;
import vn.dossierledger.identity.IssuerDecoder;
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
	DemoPeople demoPeople(OfficerRegistry organisation) {
		return new DemoPeople(this.issuer, organisation);
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

	/** The person's role and the ledger's audience in every token. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> developmentIssuerClaims() {
		return (context) -> {
			Object role = context.getRegisteredClient().getClientSettings().getSetting(DemoPeople.ROLE_SETTING);
			context.getClaims().audience(List.of(this.issuer.audience())).claim("roles", List.of(role));
		};
	}

	@Bean
	@Order(IdentityConfiguration.API_FILTER_CHAIN_ORDER - 1)
	SecurityFilterChain developmentIssuerSecurity(HttpSecurity http) {
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		RequestMatcher endpoints = authorizationServer.getEndpointsMatcher();
		http.securityMatcher(endpoints)
			.with(authorizationServer, Customizer.withDefaults())
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(endpoints));
		return http.build();
	}

}
