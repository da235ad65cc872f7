package vn.dossierledger.projection.redflag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import vn.dossierledger.events.dossier.ApologyIssuedEvent;
import vn.dossierledger.events.dossier.DueDateMissedEvent;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;

/**
 * F4, late without apology: the clock runs (received, not resolved, not paused) and the
 * current due date plus {@code apology-grace} has passed with no apology moving it (an
 * apology in time moves the due date, so the condition never arises). Judged on recorded
 * events only: without a grace, the statutory clock's {@code DueDateMissedEvent} raises
 * it at the due date; with one, the first event of the dossier after due + grace does (an
 * apology up to due + grace is in time, DOMAIN §5.2). One flag per missed due date,
 * raised at due + grace. Score: 0.5 + 0.5 × min(1, working time overdue / the procedure's
 * SLA), as of the dossier's latest event while it stays open. Cured (closed) by an
 * apology, a result, a stop or a withdrawal.
 */
final class LateWithoutApologyRule implements TimedRule, EventRule {

	static final FlagRule RULE = new FlagRule("F4", 1, "Late without apology");

	private final Duration grace;

	private final ProcedureCatalogue catalogue;

	private final StatutoryClock clock;

	LateWithoutApologyRule(Duration grace, ProcedureCatalogue catalogue, StatutoryClock clock) {
		this.grace = grace;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void asOf(Instant at, DossierFacts facts, FlagBook flags) {
		if (facts.clockRunning() && facts.dueAt() != null && at.isAfter(facts.dueAt().plus(this.grace))) {
			raise(at, facts, flags);
		}
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (recorded.event() instanceof DueDateMissedEvent missed) {
			if ((this.grace.isZero() || this.grace.isNegative()) && before.clockRunning()
					&& before.isDueAt(missed.dueAt())) {
				raise(before.asOf(recorded.businessAt()), before, flags);
			}
			return;
		}
		String cure = null;
		if (recorded.event() instanceof ApologyIssuedEvent) {
			cure = "late apology issued";
		}
		else if (recorded.event() instanceof ResultIssuedEvent) {
			cure = "result issued";
		}
		else if (recorded.event() instanceof ProcessingStoppedEvent) {
			cure = "processing stopped";
		}
		else if (recorded.event() instanceof WithdrawalAcceptedEvent) {
			cure = "dossier withdrawn";
		}
		if (cure != null) {
			flags.close(RULE, before, recorded.businessAt(), cure + " (event " + recorded.eventId() + ")");
		}
	}

	private void raise(Instant at, DossierFacts facts, FlagBook flags) {
		long sla = this.catalogue.version(facts.procedureCode(), facts.procedureVersion())
			.map((procedure) -> SlaMinutes.of(procedure.sla()))
			.orElse(8L * 60);
		long overdue = this.clock.workingMinutesBetween(facts.dueAt(), at);
		String holder = facts.holderOfficerId();
		flags.raise(RULE, facts,
				new Raise("due:" + facts.dueAt(), (holder != null) ? List.of(holder) : List.of(),
						(holder != null) ? facts.holderUnitId() : facts.deskUnitId(), List.of(facts.receiptEventId()),
						0.5 + 0.5 * Math.min(1, (double) overdue / Math.max(1, sla)), facts.dueAt().plus(this.grace),
						"Due " + facts.dueAt() + " passed without an apology (Form 04) and the dossier is still open"));
	}

}
