package vn.dossierledger.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTest {

	private final Caller officer = new Caller("hn-tn-01", Set.of(Role.OFFICER));

	@Test
	void actsAsItselfWhenTheBodyNamesNobodyOrItself() {
		assertThat(this.officer.actingAs("actingOfficerId", null)).isEqualTo("hn-tn-01");
		assertThat(this.officer.actingAs("actingOfficerId", " ")).isEqualTo("hn-tn-01");
		assertThat(this.officer.actingAs("actingOfficerId", "hn-tn-01")).isEqualTo("hn-tn-01");
	}

	@Test
	void refusesABodyThatNamesSomeoneElse() {
		assertThatThrownBy(() -> this.officer.actingAs("actingOfficerId", "hn-tp-ld-01"))
			.isInstanceOfSatisfying(NotTheCallerException.class,
					(refusal) -> assertThat(refusal.field()).isEqualTo("actingOfficerId"))
			.hasMessageContaining("hn-tp-ld-01");
	}

	@Test
	void knowsItsRoles() {
		assertThat(this.officer.is(Role.OFFICER)).isTrue();
		assertThat(this.officer.is(Role.INSPECTOR)).isFalse();
		assertThat(new Caller("nobody", Set.of()).roles()).isEmpty();
	}

}
