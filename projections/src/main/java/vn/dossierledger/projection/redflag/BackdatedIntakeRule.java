package vn.dossierledger.projection.redflag;

import java.time.Duration;
import java.util.List;

import vn.dossierledger.events.dossier.DossierReceivedEvent;

/**
 * F9, off-book intake or backdating: a receipt whose business time lies more than
 * {@code backdating-tolerance} before the time the ledger recorded it (the file was
 * handled before it was entered). Score: delay / (2 × tolerance), at most 1 — just over
 * the tolerance 0.5. One flag per receipt; not cured.
 */
final class BackdatedIntakeRule implements EventRule {

	static final FlagRule RULE = new FlagRule("F9", 1, "Off-book or backdated intake");

	private final Duration tolerance;

	BackdatedIntakeRule(Duration tolerance) {
		this.tolerance = tolerance;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (!(recorded.event() instanceof DossierReceivedEvent)) {
			return;
		}
		Duration delay = recorded.recordingDelay();
		if (delay.compareTo(this.tolerance) <= 0) {
			return;
		}
		double score = (double) delay.toSeconds() / Math.max(1, 2 * this.tolerance.toSeconds());
		flags.raise(RULE, before, new Raise(recorded.eventId(), List.of(recorded.actorId()), recorded.actorUnitId(),
				List.of(recorded.eventId()), score, recorded.businessAt(),
				"Receipt dated " + recorded.businessAt() + " but recorded " + delay.toMinutes() + " min later"));
	}

}
