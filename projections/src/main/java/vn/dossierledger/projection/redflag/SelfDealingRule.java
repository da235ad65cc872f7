package vn.dossierledger.projection.redflag;

import java.util.List;

import vn.dossierledger.events.dossier.DecisionSignedEvent;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;

/**
 * F14, self-dealing: the officer who received the dossier also signed its decision.
 * Score: 1.0 where the procedure's rulebook requires the two to differ, 0.6 elsewhere.
 * One flag per decision; not cured.
 */
final class SelfDealingRule implements EventRule {

	static final FlagRule RULE = new FlagRule("F14", 1, "Self-dealing: receiver signed the decision");

	private final ProcedureCatalogue catalogue;

	SelfDealingRule(ProcedureCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (!(recorded.event() instanceof DecisionSignedEvent)
				|| !recorded.actorId().equals(before.receivingOfficerId())) {
			return;
		}
		boolean separationRequired = this.catalogue.version(before.procedureCode(), before.procedureVersion())
			.map((procedure) -> procedure.rulebook().requireSeparationOfReceiverAndApprover())
			.orElse(true);
		flags.raise(RULE, before,
				new Raise(recorded.eventId(), List.of(recorded.actorId()), recorded.actorUnitId(),
						List.of(before.receiptEventId(), recorded.eventId()), separationRequired ? 1.0 : 0.6,
						recorded.businessAt(),
						"Officer " + recorded.actorId() + " received the dossier and signed its decision"));
	}

}
