package vn.dossierledger.command.dossier;

import vn.dossierledger.events.dossier.DossierStatus;

/**
 * Refusals, supplement requests and stops must be in writing with a reason and a legal
 * basis (Forms 02, 03, 05); a reason shorter than the rulebook's minimum is no reason
 * (red flag F2).
 */
final class ReasonedDecisionPolicy {

	private ReasonedDecisionPolicy() {
	}

	static void requireReasonAndLegalBasis(String reason, String legalBasis, int minReasonLength,
			DossierStatus current) {
		requireReason(reason, minReasonLength, current);
		if (isBlank(legalBasis)) {
			throw new DossierRuleViolation(DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED, current,
					"The legal basis (căn cứ pháp lý) is required");
		}
	}

	/** Apologies and refunds state a reason; their legal basis is the form itself. */
	static void requireReason(String reason, int minReasonLength, DossierStatus current) {
		if (isBlank(reason) || reason.strip().length() < minReasonLength) {
			throw new DossierRuleViolation(DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED, current,
					"A written reason of at least " + minReasonLength + " characters is required");
		}
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
