package vn.dossierledger.identity;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may make the requests of an {@link AccessRule}: anyone, any caller with a token, a
 * caller with one of some roles, or one of some roles who also passes a check on the
 * request (the citizen themselves, an officer of the unit).
 */
public sealed interface Who {

	/** The roles that may pass, in declaration order; none for anyone and any caller. */
	Set<Role> roles();

	/** Anyone, without a token. */
	static Who anyone() {
		return new Anyone();
	}

	/** Any caller with a token of a trusted issuer, whatever their roles. */
	static Who anyCaller() {
		return new AnyCaller();
	}

	/** A caller with at least one of these roles. */
	static Who anyOf(Role... roles) {
		return new AnyOf(roleSet(roles));
	}

	/**
	 * A caller of one of these roles who also meets the condition, which the check
	 * decides.
	 * @param condition what the check asks, in words, for those who read the rule
	 */
	static Who checked(String condition, AuthorizationManager<RequestAuthorizationContext> check, Role... roles) {
		return new Checked(roleSet(roles), condition, check);
	}

	private static Set<Role> roleSet(Role... roles) {
		if (roles.length == 0) {
			throw new IllegalArgumentException("A rule of roles names at least one role");
		}
		return Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(roles)));
	}

	record Anyone() implements Who {

		@Override
		public Set<Role> roles() {
			return Set.of();
		}

	}

	record AnyCaller() implements Who {

		@Override
		public Set<Role> roles() {
			return Set.of();
		}

	}

	record AnyOf(Set<Role> roles) implements Who {

	}

	record Checked(Set<Role> roles, String condition,
			AuthorizationManager<RequestAuthorizationContext> check) implements Who {

		public Checked {
			Objects.requireNonNull(condition, "condition");
			Objects.requireNonNull(check, "check");
		}

	}

}
