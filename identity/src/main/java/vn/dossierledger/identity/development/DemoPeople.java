package vn.dossierledger.identity.development;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import vn.dossierledger.identity.IdentityProperties;
import vn.dossierledger.identity.Role;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * The people the development issuer signs in, each an OAuth 2 client of its own whose
 * client id is the person's id: every officer of the organisation, the demo inspectors,
 * analysts and administrators, the payment gateways, and any demo citizen by subject
 * reference. A person gets a token with the client-credentials grant and the shared
 * development secret, or signs in to the pages with it: the pages are one more client,
 * {@value #PAGES_CLIENT}, that asks for the person's tokens with the authorization-code
 * grant (PKCE) after the person signed in on the issuer's own form.
 */
final class DemoPeople implements RegisteredClientRepository, UserDetailsService {

	/** The pages' client id. */
	static final String PAGES_CLIENT = "dossier-ledger-pages";

	/** The client setting that carries the person's role into their tokens. */
	static final String ROLE_SETTING = "dossier-ledger.role";

	private static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

	private final IdentityProperties.DevelopmentIssuer issuer;

	private final OfficerRegistry organisation;

	private final Pattern citizens;

	/**
	 * Where the pages may be sent back after sign-in: they depend on the server's port.
	 */
	private final Supplier<List<String>> pageRedirectUris;

	DemoPeople(IdentityProperties.DevelopmentIssuer issuer, OfficerRegistry organisation,
			Supplier<List<String>> pageRedirectUris) {
		this.issuer = issuer;
		this.organisation = organisation;
		this.citizens = Pattern.compile(issuer.citizenPattern());
		this.pageRedirectUris = pageRedirectUris;
	}

	/** What the person with this id is, if the issuer knows them. */
	Optional<Role> roleOf(String id) {
		if (id == null) {
			return Optional.empty();
		}
		if (this.organisation.officer(id).isPresent()) {
			return Optional.of(Role.OFFICER);
		}
		if (this.issuer.inspectors().contains(id)) {
			return Optional.of(Role.INSPECTOR);
		}
		if (this.issuer.analysts().contains(id)) {
			return Optional.of(Role.ANALYST);
		}
		if (this.issuer.admins().contains(id)) {
			return Optional.of(Role.ADMIN);
		}
		if (this.issuer.gateways().contains(id)) {
			return Optional.of(Role.PAYMENT_GATEWAY);
		}
		return this.citizens.matcher(id).matches() ? Optional.of(Role.CITIZEN) : Optional.empty();
	}

	@Override
	public RegisteredClient findByClientId(String clientId) {
		if (PAGES_CLIENT.equals(clientId)) {
			return pagesClient();
		}
		return roleOf(clientId).map((role) -> client(clientId, role)).orElse(null);
	}

	/** A demo person on the issuer's sign-in form, with the shared secret as password. */
	@Override
	public UserDetails loadUserByUsername(String username) {
		Role role = roleOf(username).filter((known) -> known != Role.PAYMENT_GATEWAY)
			.orElseThrow(() -> new UsernameNotFoundException("No demo person " + username));
		return User.withUsername(username)
			.password("{noop}" + this.issuer.clientSecret())
			.authorities(role.authority())
			.build();
	}

	@Override
	public RegisteredClient findById(String id) {
		return findByClientId(id);
	}

	/**
	 * Nothing to keep: the people follow from the configuration. (Spring Authorization
	 * Server saves a client after authenticating it, to re-encode its secret.)
	 */
	@Override
	public void save(RegisteredClient registeredClient) {
	}

	private RegisteredClient pagesClient() {
		return RegisteredClient.withId(PAGES_CLIENT)
			.clientId(PAGES_CLIENT)
			.clientSecret("{noop}" + this.issuer.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris((uris) -> uris.addAll(this.pageRedirectUris.get()))
			.scope(OidcScopes.OPENID)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build())
			.build();
	}

	private RegisteredClient client(String id, Role role) {
		return RegisteredClient.withId(id)
			.clientId(id)
			.clientSecret("{noop}" + this.issuer.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientSettings(ClientSettings.builder().setting(ROLE_SETTING, role.name()).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build())
			.build();
	}

}
