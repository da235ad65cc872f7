package vn.dossierledger.command.dossier;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.reference.catalogue.Rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReasonedDecisionPolicyTest {

	private static final Rulebook RULES = Rulebook.DEFAULTS;

	@Test
	void acceptsAReasonOfTheMinimumLengthWithACitedLegalBasis() {
		assertThatCode(() -> ReasonedDecisionPolicy.requireReasonAndLegalBasis("Thiếu đơn.", "Điều 9", RULES,
				DossierStatus.SUBMITTED))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAReasonShorterThanTheMinimumOnceTrimmed() {
		assertRefused("  Thiếu đơn  ", "Điều 9", DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED);
	}

	@Test
	void refusesAReasonWithoutWords() {
		assertRefused("0123456789", "Điều 9", DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED);
	}

	@Test
	void refusesAMissingLegalBasis() {
		assertThatThrownBy(() -> ReasonedDecisionPolicy.requireReasonAndLegalBasis("Thiếu tờ khai", "\t", RULES,
				DossierStatus.SUBMITTED))
			.hasMessageContaining("legal basis");
	}

	@Test
	void refusesALegalBasisThatCitesNoDocumentOrArticle() {
		assertRefused("Thiếu tờ khai", "Luật", DossierRule.LEGAL_BASIS_NOT_A_CITATION);
		assertRefused("Thiếu tờ khai", "x", DossierRule.LEGAL_BASIS_NOT_A_CITATION);
	}

	@Test
	void followsTheFormOfTheRulebookItIsGiven() {
		Rulebook articlesOnly = new Rulebook(1, 1, 2, 1, false, 16, 3, "\\p{L}", 0, "Điều \\d+", true, 2);

		assertThatCode(() -> ReasonedDecisionPolicy.requireReasonAndLegalBasis("Sai", "Điều 9", articlesOnly,
				DossierStatus.SUBMITTED))
			.doesNotThrowAnyException();
		assertRefused("Sai", "Nghị định 118/2025/NĐ-CP", articlesOnly, DossierRule.LEGAL_BASIS_NOT_A_CITATION);
	}

	@Test
	void treatsNullAndWhitespaceAsBlank() {
		assertThat(ReasonedDecisionPolicy.isBlank(null)).isTrue();
		assertThat(ReasonedDecisionPolicy.isBlank(" \n")).isTrue();
		assertThat(ReasonedDecisionPolicy.isBlank("a")).isFalse();
	}

	private static void assertRefused(String reason, String legalBasis, DossierRule rule) {
		assertRefused(reason, legalBasis, RULES, rule);
	}

	private static void assertRefused(String reason, String legalBasis, Rulebook rules, DossierRule rule) {
		assertThatThrownBy(() -> ReasonedDecisionPolicy.requireReasonAndLegalBasis(reason, legalBasis, rules,
				DossierStatus.SUBMITTED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(rule));
	}

}
