package vn.dossierledger.projection.redflag;

import java.util.ArrayList;
import java.util.List;

import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;

/**
 * F5, serial postponement: a second (third, …) apology, or an apology moving the due date
 * by more working time than the procedure's whole SLA (DOMAIN R5). Score: the larger of
 * 0.5 × (apologies − 1) and 0.5 × extension / SLA, at most 1. One flag per offending
 * apology; not cured.
 */
final class SerialPostponementRule implements EventRule {

	static final FlagRule RULE = new FlagRule("F5", 1, "Serial postponement");

	private final ProcedureCatalogue catalogue;

	private final StatutoryClock clock;

	SerialPostponementRule(ProcedureCatalogue catalogue, StatutoryClock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (!(recorded.event() instanceof ApologyIssuedEvent apology)) {
			return;
		}
		int apologies = before.apologyCount() + 1;
		long sla = this.catalogue.version(before.procedureCode(), before.procedureVersion())
			.map((procedure) -> SlaMinutes.of(procedure.sla()))
			.orElse(Long.MAX_VALUE);
		long extension = (apology.oldDueAt() != null && apology.newDueAt() != null)
				? this.clock.workingMinutesBetween(apology.oldDueAt(), apology.newDueAt()) : 0;
		boolean serial = apologies > 1;
		boolean tooLong = extension > sla;
		if (!serial && !tooLong) {
			return;
		}
		List<String> evidence = new ArrayList<>(before.apologyEventIds());
		evidence.add(recorded.eventId());
		double score = Math.max(serial ? 0.5 * (apologies - 1) : 0, tooLong ? 0.5 * extension / sla : 0);
		flags.raise(RULE, before,
				new Raise(recorded.eventId(), List.of(recorded.actorId()), recorded.actorUnitId(), evidence, score,
						recorded.businessAt(), "Apology no. " + apologies + " moves the due date by " + extension
								+ " working minutes (procedure SLA " + sla + ")"));
	}

}
