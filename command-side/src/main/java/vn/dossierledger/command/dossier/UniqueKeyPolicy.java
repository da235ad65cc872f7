package vn.dossierledger.command.dossier;

import java.util.Optional;

import vn.dossierledger.command.uniqueness.ClaimScope;
import vn.dossierledger.events.dossier.DossierStatus;

/**
 * A dossier code and a payment's transaction id each belong to one dossier. Which dossier
 * holds a key stays unsaid: a caller must not learn another dossier's id. The aggregate
 * asks before it decides; the claims table ({@link ClaimScope}) refuses a command that
 * raced another for the key and lost, with the same answer.
 */
public final class UniqueKeyPolicy {

	private UniqueKeyPolicy() {
	}

	static void requireUnusedDossierCode(String dossierCode, Optional<String> owner) {
		if (owner.isPresent()) {
			throw dossierCodeTaken(dossierCode);
		}
	}

	static void requireNotOfAnotherDossier(String transactionId, Optional<String> owner, String dossierId,
			DossierStatus current) {
		if (owner.isPresent() && !owner.get().equals(dossierId)) {
			throw transactionOfAnotherDossier(transactionId, current);
		}
	}

	/** The refusal of a command whose key another dossier's command claimed first. */
	public static DossierRuleViolation claimedMeanwhile(ClaimScope scope, String key) {
		return (scope == ClaimScope.DOSSIER_CODE) ? dossierCodeTaken(key) : transactionOfAnotherDossier(key, null);
	}

	private static DossierRuleViolation dossierCodeTaken(String dossierCode) {
		return new DossierRuleViolation(DossierRule.DOSSIER_CODE_TAKEN, null,
				"Dossier code " + dossierCode + " is already used by another dossier");
	}

	private static DossierRuleViolation transactionOfAnotherDossier(String transactionId, DossierStatus current) {
		return new DossierRuleViolation(DossierRule.TRANSACTION_OF_ANOTHER_DOSSIER, current,
				"Transaction " + transactionId + " belongs to another dossier");
	}

}
