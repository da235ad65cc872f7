package vn.dossierledger.command.dossier;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReasonedDecisionPolicyTest {

	@Test
	void acceptsAReasonOfTheMinimumLengthWithALegalBasis() {
		assertThatCode(() -> ReasonedDecisionPolicy.requireReasonAndLegalBasis("0123456789", "Điều 9", 10,
				DossierStatus.SUBMITTED))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAReasonShorterThanTheMinimumOnceTrimmed() {
		assertThatThrownBy(() -> ReasonedDecisionPolicy.requireReasonAndLegalBasis("  012345678  ", "Điều 9", 10,
				DossierStatus.SUBMITTED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED));
	}

	@Test
	void refusesAMissingLegalBasis() {
		assertThatThrownBy(() -> ReasonedDecisionPolicy.requireReasonAndLegalBasis("0123456789", "\t", 10,
				DossierStatus.SUBMITTED))
			.hasMessageContaining("legal basis");
	}

	@Test
	void treatsNullAndWhitespaceAsBlank() {
		assertThat(ReasonedDecisionPolicy.isBlank(null)).isTrue();
		assertThat(ReasonedDecisionPolicy.isBlank(" \n")).isTrue();
		assertThat(ReasonedDecisionPolicy.isBlank("a")).isFalse();
	}

}
