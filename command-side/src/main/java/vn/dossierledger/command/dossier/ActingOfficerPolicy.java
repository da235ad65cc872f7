package vn.dossierledger.command.dossier;

import java.util.Arrays;

import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureStep;
import vn.dossierledger.reference.organisation.Agency;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.Role;

/**
 * The acting officer is looked up in the registry, never taken from the client: the role
 * recorded in the event is one the officer really holds.
 */
final class ActingOfficerPolicy {

	private ActingOfficerPolicy() {
	}

	/** The officer acting in the first of the accepted roles they hold. */
	static Actor requireRole(OfficerRegistry registry, String officerId, DossierStatus current, Role... accepted) {
		Officer officer = requireOfficer(registry, officerId, current);
		return Arrays.stream(accepted)
			.filter(officer::holds)
			.findFirst()
			.map(role -> new Actor(officer.id(), role, officer.unitId()))
			.orElseThrow(() -> new DossierRuleViolation(DossierRule.OFFICER_ROLE_REQUIRED, current,
					"Officer " + officerId + " holds none of the roles " + Arrays.toString(accepted)));
	}

	/** The officer a step is handed to holds the role the procedure says performs it. */
	static void requirePerformerOfStep(Officer receiver, ProcedureStep step, DossierStatus current) {
		if (!receiver.holds(step.performedBy())) {
			throw new DossierRuleViolation(DossierRule.OFFICER_ROLE_REQUIRED, current, "Step " + step.code()
					+ " is performed by a " + step.performedBy() + "; officer " + receiver.id() + " is not one");
		}
	}

	static Officer requireOfficer(OfficerRegistry registry, String officerId, DossierStatus current) {
		if (officerId == null) {
			throw new DossierRuleViolation(DossierRule.UNKNOWN_OFFICER, current, "The acting officer is required");
		}
		return registry.officer(officerId)
			.orElseThrow(() -> new DossierRuleViolation(DossierRule.UNKNOWN_OFFICER, current,
					"No officer " + officerId + " in the registry"));
	}

	/**
	 * Intake actions belong to the one-stop desk that serves the procedure's competent
	 * agency.
	 */
	static void requireReceptionDesk(OfficerRegistry registry, Actor actor, Procedure procedure,
			DossierStatus current) {
		String deskUnit = registry.agency(procedure.agencyId()).map(Agency::receptionUnitId).orElse(null);
		if (!actor.unitId().equals(deskUnit)) {
			throw new DossierRuleViolation(DossierRule.RECEPTION_DESK_ONLY, current,
					"Officer " + actor.id() + " of unit " + actor.unitId() + " is not at the one-stop desk " + deskUnit
							+ " of " + procedure.agencyId());
		}
	}

	/**
	 * Steps that either the one-stop desk or the resolving agency may take (receiving a
	 * supplement, handing over a result, accepting a withdrawal): an officer of another
	 * province may not.
	 */
	static void requireDeskOrCompetentAgency(OfficerRegistry registry, Actor actor, Procedure procedure,
			DossierStatus current) {
		String deskUnit = registry.agency(procedure.agencyId()).map(Agency::receptionUnitId).orElse(null);
		boolean atDesk = actor.unitId().equals(deskUnit);
		boolean ofCompetentAgency = registry.agencyOfUnit(actor.unitId())
			.map(agency -> procedure.isCompetentAgency(agency.id()))
			.orElse(false);
		if (!atDesk && !ofCompetentAgency) {
			throw new DossierRuleViolation(DossierRule.COMPETENT_UNIT_ONLY, current, "Officer " + actor.id()
					+ " is neither at the desk " + deskUnit + " nor of an agency competent for " + procedure.code());
		}
	}

	/** The officer belongs to the procedure's competent agency or a co-operating one. */
	static Agency requireCompetentAgency(OfficerRegistry registry, String unitId, Procedure procedure,
			DossierStatus current) {
		Agency agency = registry.agencyOfUnit(unitId)
			.orElseThrow(() -> new DossierRuleViolation(DossierRule.COMPETENT_UNIT_ONLY, current,
					"Unit " + unitId + " belongs to no agency"));
		if (!procedure.isCompetentAgency(agency.id())) {
			throw new DossierRuleViolation(DossierRule.COMPETENT_UNIT_ONLY, current,
					"Agency " + agency.id() + " is not competent for procedure " + procedure.code());
		}
		return agency;
	}

	/**
	 * Only the officer holding the dossier (or a leader of the holder's unit) moves it
	 * on: the control sheet must show who had it.
	 */
	static void requireHolderOrUnitLeader(Holder holder, Actor actor, DossierStatus current) {
		boolean isHolder = holder != null && holder.officerId().equals(actor.id());
		boolean isLeaderOfHolderUnit = holder != null && actor.role() == Role.APPROVING_LEADER
				&& holder.unitId().equals(actor.unitId());
		if (!isHolder && !isLeaderOfHolderUnit) {
			throw new DossierRuleViolation(DossierRule.HOLDER_ONLY, current, "Officer " + actor.id()
					+ " does not hold the dossier (held by " + (holder == null ? "nobody" : holder.officerId()) + ")");
		}
	}

}
