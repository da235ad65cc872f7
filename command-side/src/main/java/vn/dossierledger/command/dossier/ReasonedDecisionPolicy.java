package vn.dossierledger.command.dossier;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.reference.catalogue.Rulebook;

/**
 * Refusals, supplement requests and stops must be in writing with a reason and a legal
 * basis (Forms 02, 03, 05); refunds and apologies with a reason. A reason shorter than
 * the rulebook's minimum, or without words, is no reason (red flag F2); a legal basis
 * that cites no legal document or article (the rulebook's pattern) is none either.
 */
final class ReasonedDecisionPolicy {

	private ReasonedDecisionPolicy() {
	}

	static void requireReasonAndLegalBasis(String reason, String legalBasis, Rulebook rules, DossierStatus current) {
		requireReason(reason, rules, current);
		if (isBlank(legalBasis)) {
			throw new DossierRuleViolation(DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED, current,
					"The legal basis (căn cứ pháp lý) is required");
		}
		if (!rules.citesLegalBasis(legalBasis)) {
			throw new DossierRuleViolation(DossierRule.LEGAL_BASIS_NOT_A_CITATION, current,
					"The legal basis must cite a legal document or an article, e.g. \"Luật Hộ tịch 2014, Điều 13\" or "
							+ "\"Nghị định 118/2025/NĐ-CP\", in at least " + rules.minLegalBasisLength()
							+ " characters");
		}
	}

	/** Apologies and refunds state a reason; their legal basis is the form itself. */
	static void requireReason(String reason, Rulebook rules, DossierStatus current) {
		if (!rules.isWrittenReason(reason)) {
			throw new DossierRuleViolation(DossierRule.REASON_AND_LEGAL_BASIS_REQUIRED, current,
					"A written reason in words, of at least " + rules.minReasonLength() + " characters, is required");
		}
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
