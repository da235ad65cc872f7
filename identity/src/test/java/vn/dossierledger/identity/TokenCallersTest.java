package vn.dossierledger.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;

class TokenCallersTest {

	private final OfficerRegistry organisation = Mockito.mock(OfficerRegistry.class);

	@Test
	void readsTheCallerFromThePersonClaimAndTheRolesFromTheRolesClaim() {
		Caller caller = Caller.of(callers("roles", "sub").convert(
				token((claims) -> claims.subject("inspector-01").claim("roles", List.of("INSPECTOR", "analyst")))));

		assertThat(caller).isEqualTo(new Caller("inspector-01", java.util.Set.of(Role.INSPECTOR, Role.ANALYST)));
	}

	@Test
	void readsRolesAtADottedPathAndThePersonFromAnotherClaim() {
		Caller caller = Caller.of(callers("realm_access.roles", "preferred_username")
			.convert(token((claims) -> claims.subject("5f1c-uuid")
				.claim("preferred_username", "cd-0123456789ab")
				.claim("realm_access", Map.of("roles", List.of("CITIZEN", "offline_access"))))));

		assertThat(caller.id()).isEqualTo("cd-0123456789ab");
		assertThat(caller.roles()).containsExactly(Role.CITIZEN);
	}

	@Test
	void anOfficerRoleCountsOnlyForAnOfficerTheOrganisationKnows() {
		Mockito.when(this.organisation.officer("hn-tn-01"))
			.thenReturn(Optional.of(new Officer("hn-tn-01", "Nguyễn Thị Lan", "hn-ttpvhcc-quay",
					java.util.Set.of(vn.dossierledger.events.dossier.Role.RECEIVING_OFFICER))));

		Authentication known = callers("roles", "sub")
			.convert(token((claims) -> claims.subject("hn-tn-01").claim("roles", List.of("OFFICER"))));
		Authentication unknown = callers("roles", "sub")
			.convert(token((claims) -> claims.subject("self-appointed").claim("roles", List.of("OFFICER"))));

		assertThat(Caller.of(known).roles()).containsExactly(Role.OFFICER);
		assertThat(Caller.of(unknown).roles()).isEmpty();
	}

	@Test
	void aSingleRoleAsTextAndUnknownRoleNamesAreRead() {
		Authentication single = callers("roles", "sub")
			.convert(token((claims) -> claims.subject("analyst-01").claim("roles", "ANALYST")));
		Authentication strange = callers("roles", "sub")
			.convert(token((claims) -> claims.subject("x").claim("roles", List.of("SUPERUSER", "ROLE_ADMIN"))));

		assertThat(Caller.of(single).roles()).containsExactly(Role.ANALYST);
		assertThat(Caller.of(strange).roles()).isEmpty();
	}

	@Test
	void aTokenWithoutAPersonGetsNoRole() {
		Authentication nobody = callers("roles", "preferred_username")
			.convert(token((claims) -> claims.subject("5f1c-uuid").claim("roles", List.of("ADMIN"))));

		assertThat(nobody.getAuthorities()).isEmpty();
	}

	private TokenCallers callers(String rolesClaim, String personClaim) {
		return new TokenCallers(
				new IdentityProperties(List.of(), rolesClaim, personClaim, new IdentityProperties.DevelopmentIssuer(
						false, "x", "a", "s", List.of(), List.of(), List.of(), List.of(), "none", List.of())),
				this.organisation);
	}

	private static Jwt token(Consumer<Jwt.Builder> claims) {
		Jwt.Builder builder = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60));
		claims.accept(builder);
		return builder.build();
	}

}
