package vn.dossierledger.command.dossier;

import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DetachedSignature;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SignatureCheck;

/**
 * A decision is made by an approving leader of a competent agency and is valid only with
 * a verified signature, made with the leader's own certificate, and (where the rulebook
 * says so) not by the officer who received the file (F14); a result is issued only on a
 * signed decision.
 */
final class DecisionSignaturePolicy {

	private DecisionSignaturePolicy() {
	}

	/**
	 * The officer deciding (signing, or stopping processing) is an approving leader of
	 * the procedure's competent agency, acting in that role.
	 */
	static Actor requireApprover(OfficerRegistry registry, String officerId, Procedure procedure,
			DossierStatus current) {
		Officer officer = ActingOfficerPolicy.requireOfficer(registry, officerId, current);
		if (!officer.holds(Role.APPROVING_LEADER)) {
			throw new DossierRuleViolation(DossierRule.APPROVER_ONLY_SIGNS, current,
					"Only an approving leader signs a decision; officer " + officerId + " is not one");
		}
		ActingOfficerPolicy.requireCompetentAgency(registry, officer.unitId(), procedure, current);
		return new Actor(officer.id(), Role.APPROVING_LEADER, officer.unitId());
	}

	static void requireSignature(DetachedSignature signature, DossierStatus current) {
		if (signature == null) {
			throw new DossierRuleViolation(DossierRule.DECISION_SIGNATURE_INVALID, current,
					"A decision must carry the leader's digital signature");
		}
	}

	static void requireValidSignature(SignatureCheck check, DossierStatus current) {
		if (!check.valid()) {
			throw new DossierRuleViolation(DossierRule.DECISION_SIGNATURE_INVALID, current,
					"The decision's signature does not verify: " + check.failureReason());
		}
	}

	/** The certificate's subject common name must be the acting officer's id. */
	static void requireSignerIsActingOfficer(SignatureCheck check, Actor actor, DossierStatus current) {
		String subject = check.subject() == null ? "" : check.subject();
		boolean matches = java.util.Arrays.stream(subject.split(","))
			.map(String::strip)
			.anyMatch(part -> part.equals("CN=" + actor.id()));
		if (!matches) {
			throw new DossierRuleViolation(DossierRule.SIGNER_MUST_BE_ACTING_OFFICER, current,
					"The certificate (" + subject + ") does not belong to officer " + actor.id());
		}
	}

	static void requireSeparationOfReceiverAndApprover(boolean required, String receivedBy, Actor approver,
			DossierStatus current) {
		if (required && approver.id().equals(receivedBy)) {
			throw new DossierRuleViolation(DossierRule.SEPARATION_OF_RECEIVER_AND_APPROVER, current,
					"Officer " + approver.id() + " received this dossier and may not also approve it");
		}
	}

	static void requireSignedDecision(boolean decisionSigned, DossierStatus current) {
		if (!decisionSigned) {
			throw new DossierRuleViolation(DossierRule.SIGNED_DECISION_REQUIRED, current,
					"A result is issued only on a signed decision");
		}
	}

	static void requireSha256(String hex, DossierStatus current) {
		if (hex == null || !hex.matches("[0-9a-f]{64}")) {
			throw new DossierRuleViolation(DossierRule.DOCUMENT_HASH_MALFORMED, current,
					"A document hash must be 64 lowercase hex characters (SHA-256)");
		}
	}

}
