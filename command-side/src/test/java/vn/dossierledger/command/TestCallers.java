package vn.dossierledger.command;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Arrays;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.dossierledger.identity.Role;

/** Web-slice requests made with a validated token: who the caller is, and as what. */
public final class TestCallers {

	private TestCallers() {
	}

	/** A request with a token naming this person in these roles. */
	public static RequestPostProcessor as(String id, Role... roles) {
		return jwt().jwt((token) -> token.subject(id))
			.authorities(Arrays.stream(roles)
				.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority(role.authority()))
				.toList());
	}

}
