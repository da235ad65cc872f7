package vn.dossierledger.command.dossier;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApologyPolicyTest {

	private static final Instant DUE = Instant.parse("2026-03-11T02:00:00Z");

	@Test
	void allowsAnApologyWhileUnderTheLimit() {
		assertThatCode(() -> ApologyPolicy.requireWithinAllowedCount(0, 1, DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAnApologyOverTheLimit() {
		assertThatThrownBy(() -> ApologyPolicy.requireWithinAllowedCount(1, 1, DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.APOLOGY_AT_MOST_ALLOWED_TIMES));
	}

	@Test
	void refusesANewDueDateThatIsNotLaterOrMissing() {
		assertThatThrownBy(() -> ApologyPolicy.requireLaterDueDate(DUE, DUE, DossierStatus.IN_PROCESSING))
			.isInstanceOf(DossierRuleViolation.class);
		assertThatThrownBy(() -> ApologyPolicy.requireLaterDueDate(DUE, null, DossierStatus.IN_PROCESSING))
			.isInstanceOf(DossierRuleViolation.class);
		assertThatCode(() -> ApologyPolicy.requireLaterDueDate(DUE, DUE.plusSeconds(1), DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void allowsAnApologyFromTheStartOfTheWindow() {
		assertThatCode(() -> ApologyPolicy.requireWithinWindow(16 * 60, 16, DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> ApologyPolicy.requireWithinWindow(16 * 60 + 1, 16, DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.APOLOGY_NOT_YET_DUE));
	}

}
