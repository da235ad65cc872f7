package vn.dossierledger.projection.redflag;

import java.util.ArrayList;
import java.util.List;

import vn.dossierledger.events.dossier.SupplementItem;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;
import vn.dossierledger.reference.calendar.StatutoryClock;

/**
 * F8, clock gaming via supplement: a processing-stage supplement request (which stops the
 * clock) made with less than {@code clock-gaming-fraction} of the working time between
 * receipt and due date left; or asking only for components whose documents were already
 * submitted. Score: timing 0.5 + 0.5 × (1 − time left / the fraction's share), content
 * 0.6; the larger. One flag per request; not cured.
 */
final class SupplementClockGamingRule implements EventRule {

	static final FlagRule RULE = new FlagRule("F8", 1, "Clock gaming via supplement");

	private final double fraction;

	private final StatutoryClock clock;

	SupplementClockGamingRule(double fraction, StatutoryClock clock) {
		this.fraction = fraction;
		this.clock = clock;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (!(recorded.event() instanceof SupplementRequestedEvent supplement)) {
			return;
		}
		List<String> findings = new ArrayList<>();
		double score = 0;
		if (before.receivedAt() != null && before.dueAt() != null) {
			long total = this.clock.workingMinutesBetween(before.receivedAt(), before.dueAt());
			long left = supplement.occurredAt().isBefore(before.dueAt())
					? this.clock.workingMinutesBetween(supplement.occurredAt(), before.dueAt()) : 0;
			double window = this.fraction * total;
			if (total > 0 && left <= window) {
				findings.add(left + " of " + total + " working minutes left");
				score = 0.5 + 0.5 * (1 - left / Math.max(1, window));
			}
		}
		List<String> asked = supplement.items().stream().map(SupplementItem::componentCode).toList();
		if (!asked.isEmpty() && before.submittedComponents().containsAll(asked)) {
			findings.add("asks only for components already submitted: " + String.join(", ", asked));
			score = Math.max(score, 0.6);
		}
		if (findings.isEmpty()) {
			return;
		}
		flags.raise(RULE, before,
				new Raise(recorded.eventId(), List.of(recorded.actorId()), recorded.actorUnitId(),
						List.of(recorded.eventId()), score, recorded.businessAt(),
						"Supplement request stopping the clock: " + String.join("; ", findings)));
	}

}
