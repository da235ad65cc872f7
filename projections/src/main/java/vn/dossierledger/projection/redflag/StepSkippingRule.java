package vn.dossierledger.projection.redflag;

import java.util.List;

import vn.dossierledger.events.dossier.DecisionSignedEvent;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.catalogue.ProcedureStep;

/**
 * F15, step skipping: a decision signed with no opinion recorded before by a specialist,
 * in a procedure whose internal workflow has a specialist step. Score 1.0. One flag per
 * decision; not cured.
 */
final class StepSkippingRule implements EventRule {

	static final FlagRule RULE = new FlagRule("F15", 1, "Step skipping: decision without specialist opinion");

	private final ProcedureCatalogue catalogue;

	StepSkippingRule(ProcedureCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (!(recorded.event() instanceof DecisionSignedEvent) || before.specialistOpinionRecorded()) {
			return;
		}
		boolean specialistStep = this.catalogue.version(before.procedureCode(), before.procedureVersion())
			.map((procedure) -> procedure.steps()
				.stream()
				.map(ProcedureStep::performedBy)
				.anyMatch(Role.SPECIALIST::equals))
			.orElse(true);
		if (!specialistStep) {
			return;
		}
		flags.raise(RULE, before,
				new Raise(recorded.eventId(), List.of(recorded.actorId()), recorded.actorUnitId(),
						List.of(recorded.eventId()), 1.0, recorded.businessAt(),
						"Decision signed by " + recorded.actorId() + " with no specialist opinion recorded"));
	}

}
