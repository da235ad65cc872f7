package vn.dossierledger.command.dossier;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.dossierledger.reference.catalogue.DocumentComponent;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.SubmittedDocument;

/**
 * A submission carries a dossier code (mã hồ sơ) no other dossier uses, every mandatory
 * component of the procedure's checklist, and, online where the procedure says so, a
 * signature on every document. There is no dossier yet, hence no status.
 */
final class SubmissionPolicy {

	private SubmissionPolicy() {
	}

	static void requireMandatoryComponents(Procedure procedure, List<SubmittedDocument> documents) {
		Set<String> supplied = new HashSet<>();
		documents.forEach(document -> supplied.add(document.componentCode()));
		for (DocumentComponent component : procedure.components()) {
			if (component.mandatory() && !supplied.contains(component.code())) {
				throw new DossierRuleViolation(DossierRule.MANDATORY_DOCUMENT_MISSING, null,
						"Mandatory component " + component.code() + " (" + component.name() + ") is missing");
			}
		}
	}

	static void requireSignedOnline(Procedure procedure, Channel channel, List<SubmittedDocument> documents) {
		boolean signatureRequired = procedure.signatureRequired() && channel == Channel.ONLINE;
		if (signatureRequired && documents.stream().anyMatch(document -> document.signature() == null)) {
			throw new DossierRuleViolation(DossierRule.SIGNATURE_REQUIRED, null,
					"Procedure " + procedure.code() + " requires every document of an online submission to be signed");
		}
	}

}
