package vn.dossierledger.command.dossier;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingPolicyTest {

	@Test
	void ratesADossierNotRatedYet() {
		assertThatCode(() -> RatingPolicy.requireNotYetRated(false, DossierStatus.DELIVERED))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesASecondRating() {
		assertThatThrownBy(() -> RatingPolicy.requireNotYetRated(true, DossierStatus.DELIVERED))
			.isInstanceOfSatisfying(DossierRuleViolation.class, (violation) -> {
				assertThat(violation.rule()).isEqualTo(DossierRule.ALREADY_RATED);
				assertThat(violation.currentStatus()).isEqualTo(DossierStatus.DELIVERED);
			})
			.hasMessage("This dossier was already rated");
	}

	@Test
	void acceptsScoresFromOneToFive() {
		assertThatCode(() -> RatingPolicy.requireScoreFromOneToFive(1, DossierStatus.DELIVERED))
			.doesNotThrowAnyException();
		assertThatCode(() -> RatingPolicy.requireScoreFromOneToFive(5, DossierStatus.DELIVERED))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAScoreOutsideOneToFive() {
		assertThatThrownBy(() -> RatingPolicy.requireScoreFromOneToFive(0, DossierStatus.DELIVERED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.RATING_OUT_OF_RANGE))
			.hasMessage("A rating is from 1 to 5, not 0");
		assertThatThrownBy(() -> RatingPolicy.requireScoreFromOneToFive(6, DossierStatus.DELIVERED))
			.hasMessage("A rating is from 1 to 5, not 6");
	}

}
