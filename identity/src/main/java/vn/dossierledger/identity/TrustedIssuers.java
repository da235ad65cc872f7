package vn.dossierledger.identity;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

/**
 * Picks the issuer by a token's {@code iss} and checks the token with that issuer's
 * decoder; a token from an issuer not trusted here is refused before its signature is
 * even looked at.
 */
public final class TrustedIssuers {

	private final Map<String, IssuerDecoder> decoders;

	private final TokenCallers callers;

	private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

	public TrustedIssuers(List<IssuerDecoder> decoders, TokenCallers callers) {
		this.decoders = decoders.stream()
			.collect(Collectors.toUnmodifiableMap(IssuerDecoder::issuer, Function.identity(), (first, second) -> {
				throw new IllegalStateException("Issuer " + first.issuer() + " is configured twice");
			}));
		this.callers = callers;
	}

	/** The configured issuers, each checked for its own {@code iss} and the audience. */
	public static List<IssuerDecoder> configured(IdentityProperties properties) {
		return properties.issuers()
			.stream()
			.map((trusted) -> new IssuerDecoder(trusted.issuer(), () -> decoderOf(trusted)))
			.toList();
	}

	private static JwtDecoder decoderOf(IdentityProperties.TrustedIssuer trusted) {
		NimbusJwtDecoder decoder = (trusted.jwkSetUri() != null && !trusted.jwkSetUri().isBlank())
				? NimbusJwtDecoder.withJwkSetUri(trusted.jwkSetUri()).build()
				: (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(trusted.issuer());
		decoder.setJwtValidator(validator(trusted.issuer(), trusted.audience()));
		return decoder;
	}

	/**
	 * Signature aside, what makes a token acceptable: its issuer, audience and lifetime.
	 */
	public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
						(audiences) -> audiences != null && audiences.contains(audience)));
	}

	public AuthenticationManagerResolver<HttpServletRequest> resolver() {
		return new JwtIssuerAuthenticationManagerResolver(this::managerOf);
	}

	/**
	 * Checks a token as a bearer token of the API is checked, and names its caller.
	 * @throws AuthenticationException for a token of an issuer not trusted here, or
	 * invalid
	 */
	public Authentication authenticate(String token) {
		String issuer;
		try {
			issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
		}
		catch (ParseException ex) {
			throw new InvalidBearerTokenException("The token is not a JWT", ex);
		}
		AuthenticationManager manager = (issuer != null) ? managerOf(issuer) : null;
		if (manager == null) {
			throw new InvalidBearerTokenException("The token's issuer is not trusted here: " + issuer);
		}
		return manager.authenticate(new BearerTokenAuthenticationToken(token));
	}

	boolean trusts(String issuer) {
		return this.decoders.containsKey(issuer);
	}

	private AuthenticationManager managerOf(String issuer) {
		IssuerDecoder trusted = this.decoders.get(issuer);
		if (trusted == null) {
			return null;
		}
		return this.managers.computeIfAbsent(issuer, (known) -> {
			JwtAuthenticationProvider provider = new JwtAuthenticationProvider(trusted.decoder().get());
			provider.setJwtAuthenticationConverter(this.callers);
			return provider::authenticate;
		});
	}

}
