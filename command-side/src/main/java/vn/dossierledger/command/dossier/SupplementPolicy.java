package vn.dossierledger.command.dossier;

import java.util.List;

import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.Rulebook;
import vn.dossierledger.reference.organisation.Officer;
import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.events.dossier.SupplementItem;

/**
 * Supplement requests: itemised against the procedure's checklist (DOMAIN R1), and at
 * most the rulebook's number per stage unless an explicit override reason is recorded
 * (R1–R3); at the processing stage approved by a leader of the requesting officer's
 * agency.
 */
final class SupplementPolicy {

	private SupplementPolicy() {
	}

	static void requireItemisedAgainstChecklist(List<SupplementItem> items, Procedure procedure,
			DossierStatus current) {
		if (items == null || items.isEmpty()) {
			throw new DossierRuleViolation(DossierRule.SUPPLEMENT_MUST_BE_ITEMISED, current,
					"A supplement request must list each missing or defective component");
		}
		for (SupplementItem item : items) {
			if (item.componentCode() == null || procedure.component(item.componentCode()).isEmpty()) {
				throw new DossierRuleViolation(DossierRule.SUPPLEMENT_MUST_BE_ITEMISED, current,
						"Component " + item.componentCode() + " is not in the checklist of procedure "
								+ procedure.code() + " version " + procedure.version());
			}
			if (ReasonedDecisionPolicy.isBlank(item.issue())) {
				throw new DossierRuleViolation(DossierRule.SUPPLEMENT_MUST_BE_ITEMISED, current,
						"Component " + item.componentCode() + " needs a stated issue");
			}
		}
	}

	static void requireOncePerStageUnlessOverridden(int requestsSoFar, int maxPerStage, int ceiling,
			String overrideReason, Rulebook rules, DossierStatus current) {
		if (requestsSoFar < maxPerStage) {
			return;
		}
		if (requestsSoFar >= ceiling) {
			throw new DossierRuleViolation(DossierRule.SUPPLEMENT_CEILING_REACHED, current,
					"Supplement already requested " + requestsSoFar
							+ " time(s) at this stage; not even an override allows more than " + ceiling);
		}
		if (!rules.isWrittenReason(overrideReason)) {
			throw new DossierRuleViolation(DossierRule.SUPPLEMENT_ONCE_PER_STAGE, current,
					"Supplement already requested " + requestsSoFar + " time(s) at this stage (limit " + maxPerStage
							+ "); another needs an explicit override reason, which is recorded");
		}
	}

	static void requireLeaderApproval(OfficerRegistry registry, String approverId, Actor requester,
			DossierStatus current) {
		Officer approver = registry.officer(approverId == null ? "" : approverId)
			.filter(candidate -> candidate.holds(Role.APPROVING_LEADER))
			.orElseThrow(() -> new DossierRuleViolation(DossierRule.SUPPLEMENT_NEEDS_LEADER_APPROVAL, current,
					"A processing-stage supplement request must be approved by an approving leader"));
		var approverAgency = registry.agencyOfUnit(approver.unitId()).orElseThrow();
		var requesterAgency = registry.agencyOfUnit(requester.unitId()).orElseThrow();
		if (!approverAgency.id().equals(requesterAgency.id())) {
			throw new DossierRuleViolation(DossierRule.SUPPLEMENT_NEEDS_LEADER_APPROVAL, current,
					"Leader " + approver.id() + " is not of the requesting officer's agency");
		}
	}

}
