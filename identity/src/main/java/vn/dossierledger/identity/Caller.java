package vn.dossierledger.identity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The person (or gateway) a request's token names: the only source of who is acting. A
 * request body may still name the actor, as it did before tokens; it must then name the
 * caller ({@link #actingAs}).
 *
 * @param id the person's id: an officer id of the organisation, a citizen's subject
 * reference, or a gateway name
 * @param roles what the token says the person is
 */
public record Caller(String id, Set<Role> roles) {

	public Caller {
		Objects.requireNonNull(id, "id");
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/** The caller of an authenticated request. */
	public static Caller of(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			Role.ofAuthority(authority.getAuthority()).ifPresent(roles::add);
		}
		return new Caller(authentication.getName(), roles);
	}

	public boolean is(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * The caller's id as the actor of a command whose body may still name one.
	 * @param field the body's field that names the actor, for the refusal
	 * @param namedInBody what the body names; null or blank when it names none
	 * @throws NotTheCallerException when the body names someone else
	 */
	public String actingAs(String field, String namedInBody) {
		if (namedInBody != null && !namedInBody.isBlank() && !namedInBody.equals(this.id)) {
			throw new NotTheCallerException(field, namedInBody);
		}
		return this.id;
	}

}
