package vn.dossierledger.reference.catalogue;

import java.util.Objects;

import vn.dossierledger.events.dossier.Role;

/**
 * One step of the procedure's internal workflow (quy trình nội bộ), e.g. THAM_DINH by a
 * specialist. Each hand-over between steps is a row of the control sheet; the step SLA
 * gives that row its early / on-time / late status.
 *
 * @param code step code, unique within the procedure version
 * @param name Vietnamese name
 * @param performedBy the role that performs the step
 * @param slaWorkingHours time allotted to the step, in working hours (8 per working day)
 */
public record ProcedureStep(String code, String name, Role performedBy, int slaWorkingHours) {

	public ProcedureStep {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(performedBy, "performedBy");
	}

}
