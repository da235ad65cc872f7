package vn.dossierledger.command.dossier;

import java.util.Optional;

import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureStep;
import vn.dossierledger.events.dossier.DossierStatus;

/**
 * A dossier is handled under a procedure of the catalogue: submitted under the version in
 * force that day, judged afterwards under the version it was submitted or received under,
 * and moved only through the steps that version lists.
 */
final class ProcedurePolicy {

	private ProcedurePolicy() {
	}

	/**
	 * A submission names a procedure with a version in force; there is no dossier yet.
	 */
	static Procedure requireInForce(Optional<Procedure> inForce, String procedureCode) {
		return inForce.orElseThrow(() -> new DossierRuleViolation(DossierRule.UNKNOWN_PROCEDURE, null,
				"No procedure " + procedureCode + " in force"));
	}

	static Procedure requireVersion(Optional<Procedure> version, String procedureCode, String procedureVersion,
			DossierStatus current) {
		return version.orElseThrow(() -> new DossierRuleViolation(DossierRule.UNKNOWN_PROCEDURE, current,
				"Procedure " + procedureCode + " version " + procedureVersion + " is not in the catalogue"));
	}

	static ProcedureStep requireStep(Procedure procedure, String stepCode, DossierStatus current) {
		return procedure.step(stepCode)
			.orElseThrow(() -> new DossierRuleViolation(DossierRule.UNKNOWN_STEP, current,
					"Procedure " + procedure.code() + " has no step " + stepCode));
	}

}
