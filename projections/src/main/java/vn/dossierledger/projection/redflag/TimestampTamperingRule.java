package vn.dossierledger.projection.redflag;

import java.time.Duration;
import java.util.List;

import vn.dossierledger.events.dossier.Role;

/**
 * F10, timestamp tampering: an event dated earlier than an earlier event of the same
 * dossier (score 1.0), or an officer action recorded more than
 * {@code max-recording-delay} after its business time (score 0.5 × delay / max, at most
 * 1). The statutory clock's own events (dated at the due date they mark) are not actions
 * and are left out. One flag per event; not cured.
 */
final class TimestampTamperingRule implements EventRule {

	static final FlagRule RULE = new FlagRule("F10", 1, "Timestamp tampering");

	private final Duration maxDelay;

	TimestampTamperingRule(Duration maxDelay) {
		this.maxDelay = maxDelay;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		Role role = (recorded.event().actor() != null) ? recorded.event().actor().role() : Role.SYSTEM;
		if (role == Role.SYSTEM) {
			return;
		}
		if (before.lastBusinessAt() != null && recorded.businessAt().isBefore(before.lastBusinessAt())) {
			flags.raise(RULE, before,
					new Raise("order:" + recorded.eventId(), List.of(recorded.actorId()), recorded.actorUnitId(),
							List.of(before.lastEventId(), recorded.eventId()), 1.0, recorded.businessAt(),
							recorded.event().getClass().getSimpleName() + " dated " + recorded.businessAt()
									+ ", before the dossier's earlier event at " + before.lastBusinessAt()));
		}
		Duration delay = recorded.recordingDelay();
		if (role.isOfficer() && delay.compareTo(this.maxDelay) > 0) {
			flags.raise(RULE, before,
					new Raise("delay:" + recorded.eventId(), List.of(recorded.actorId()), recorded.actorUnitId(),
							List.of(recorded.eventId()),
							0.5 * delay.toSeconds() / Math.max(1, this.maxDelay.toSeconds()), recorded.businessAt(),
							recorded.event().getClass().getSimpleName() + " recorded " + delay.toHours()
									+ " h after its business time"));
		}
	}

}
