package vn.dossierledger.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whose tokens the ledger trusts and how it reads them ({@code dossier-ledger.security}).
 * A deployment plugs in its identity providers here: the national identity provider for
 * citizens and the agencies' directory for officials, each an OpenID Connect issuer.
 *
 * @param issuers the trusted issuers; a token from any other is refused
 * @param rolesClaim the claim holding the caller's roles ({@link Role} names), a dotted
 * path into nested claims (Keycloak: {@code realm_access.roles})
 * @param personClaim the claim holding the caller's id: an officer id of the
 * organisation, a citizen's subject reference or a gateway name
 * @param developmentIssuer the issuer built into the embedded default
 */
@ConfigurationProperties("dossier-ledger.security")
public record IdentityProperties(List<TrustedIssuer> issuers, @DefaultValue("roles") String rolesClaim,
		@DefaultValue("sub") String personClaim, @DefaultValue DevelopmentIssuer developmentIssuer) {

	public IdentityProperties {
		issuers = (issuers != null) ? List.copyOf(issuers) : List.of();
	}

	/**
	 * An OpenID Connect issuer whose tokens are accepted.
	 *
	 * @param issuer its identifier, exactly as tokens carry it in {@code iss}
	 * @param audience what a token must name in {@code aud} to be meant for the ledger
	 * @param jwkSetUri where its signing keys are; discovered from the issuer when absent
	 */
	public record TrustedIssuer(String issuer, String audience, String jwkSetUri) {

		public TrustedIssuer {
			if (issuer == null || issuer.isBlank()) {
				throw new IllegalArgumentException("dossier-ledger.security.issuers[].issuer is required");
			}
			if (audience == null || audience.isBlank()) {
				throw new IllegalArgumentException("dossier-ledger.security.issuers[].audience is required for "
						+ issuer + ": a token meant for another service must not be accepted here");
			}
		}

	}

	/**
	 * The development issuer: an OAuth 2 authorization server inside the application that
	 * signs in the demo people. Refused at start-up in a production profile.
	 *
	 * @param enabled whether it runs
	 * @param issuer the {@code iss} of its tokens
	 * @param audience the {@code aud} of its tokens
	 * @param clientSecret every demo person's client secret
	 * @param inspectors ids of the demo inspectors
	 * @param analysts ids of the demo analysts
	 * @param admins ids of the demo administrators
	 * @param gateways names of the payment gateways that may confirm payments
	 * @param citizenPattern the subject references of demo citizens (a regular
	 * expression)
	 * @param pageRedirectUris where else the pages may be sent back after sign-in (the
	 * server's own addresses are known)
	 */
	public record DevelopmentIssuer(@DefaultValue("false") boolean enabled,
			@DefaultValue("http://localhost:8080/development-issuer") String issuer,
			@DefaultValue("dossier-ledger") String audience, @DefaultValue("demo") String clientSecret,
			@DefaultValue("inspector-01") List<String> inspectors, @DefaultValue("analyst-01") List<String> analysts,
			@DefaultValue("admin-01") List<String> admins, @DefaultValue( {
					"NATIONAL_PORTAL", "LOCAL_GATEWAY" }) List<String> gateways,
			@DefaultValue("(cd|dd)-[0-9a-f]{12}") String citizenPattern, List<String> pageRedirectUris){

		public DevelopmentIssuer {
			pageRedirectUris = (pageRedirectUris != null) ? List.copyOf(pageRedirectUris) : List.of();
		}

	}

}
