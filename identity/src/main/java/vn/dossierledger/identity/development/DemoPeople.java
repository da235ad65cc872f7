package vn.dossierledger.identity.development;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
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
 * development secret.
 */
final class DemoPeople implements RegisteredClientRepository {

	/** The client setting that carries the person's role into their tokens. */
	static final String ROLE_SETTING = "dossier-ledger.role";

	private static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

	private final IdentityProperties.DevelopmentIssuer issuer;

	private final OfficerRegistry organisation;

	private final Pattern citizens;

	DemoPeople(IdentityProperties.DevelopmentIssuer issuer, OfficerRegistry organisation) {
		this.issuer = issuer;
		this.organisation = organisation;
		this.citizens = Pattern.compile(issuer.citizenPattern());
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
		return roleOf(clientId).map((role) -> client(clientId, role)).orElse(null);
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
