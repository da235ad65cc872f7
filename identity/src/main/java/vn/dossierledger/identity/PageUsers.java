package vn.dossierledger.identity;

import java.util.Collection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person signed in on the pages, read from the access token the identity provider
 * gave them: checked by the same trusted issuers and turned into the same caller as a
 * bearer token on the API, so that a page and the API never disagree on who someone is or
 * what they may see.
 */
final class PageUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService idTokenUsers = new OidcUserService();

	private final TrustedIssuers issuers;

	PageUsers(TrustedIssuers issuers) {
		this.issuers = issuers;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser signedIn = this.idTokenUsers.loadUser(request);
		Authentication caller;
		try {
			caller = this.issuers.authenticate(request.getAccessToken().getTokenValue());
		}
		catch (AuthenticationException refused) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
					"The identity provider's access token is not one the ledger accepts: " + refused.getMessage(),
					null), refused);
		}
		return new PageUser(caller.getAuthorities(), signedIn.getIdToken(), signedIn.getUserInfo(), caller.getName());
	}

	/** An OpenID Connect user named and granted as the ledger's caller. */
	static final class PageUser extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final String person;

		PageUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
				String person) {
			super(authorities, idToken, userInfo);
			this.person = person;
		}

		@Override
		public String getName() {
			return this.person;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof PageUser user && user.person.equals(this.person) && super.equals(other);
		}

		@Override
		public int hashCode() {
			return 31 * super.hashCode() + this.person.hashCode();
		}

	}

}
