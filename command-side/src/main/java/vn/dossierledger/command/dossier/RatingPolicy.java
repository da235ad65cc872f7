package vn.dossierledger.command.dossier;

import vn.dossierledger.events.dossier.DossierStatus;

/** A delivered dossier is rated once, with a score from 1 to 5. */
final class RatingPolicy {

	private RatingPolicy() {
	}

	static void requireNotYetRated(boolean rated, DossierStatus current) {
		if (rated) {
			throw new DossierRuleViolation(DossierRule.ALREADY_RATED, current, "This dossier was already rated");
		}
	}

	static void requireScoreFromOneToFive(int score, DossierStatus current) {
		if (score < 1 || score > 5) {
			throw new DossierRuleViolation(DossierRule.RATING_OUT_OF_RANGE, current,
					"A rating is from 1 to 5, not " + score);
		}
	}

}
