package vn.dossierledger.projection.redflag;

import java.time.Duration;
import java.util.List;

import vn.dossierledger.events.dossier.IntakeRejectedEvent;
import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;

/**
 * F3, rejecting a validly signed submission: a refusal or supplement request within
 * {@code signed-rejection-window} of a valid applicant signature. Score: 1.0 right after
 * the verification, falling linearly to 0.5 at the end of the window. (The officer's rate
 * against unit peers is left to the statistics read model.)
 */
final class SignedSubmissionRejectedRule implements EventRule {

	static final FlagRule RULE = new FlagRule("F3", 1, "Validly signed submission rejected");

	private final Duration window;

	SignedSubmissionRejectedRule(Duration window) {
		this.window = window;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		String what;
		if (recorded.event() instanceof IntakeRejectedEvent) {
			what = "Intake refused";
		}
		else if (recorded.event() instanceof IntakeSupplementRequestedEvent
				|| recorded.event() instanceof SupplementRequestedEvent) {
			what = "Supplement requested";
		}
		else {
			return;
		}
		if (before.lastValidSignatureAt() == null) {
			return;
		}
		Duration elapsed = Duration.between(before.lastValidSignatureAt(), recorded.businessAt());
		if (elapsed.isNegative() || elapsed.compareTo(this.window) > 0) {
			return;
		}
		double share = this.window.isZero() ? 0 : (double) elapsed.toSeconds() / this.window.toSeconds();
		flags.raise(RULE, before, new Raise(recorded.eventId(), List.of(recorded.actorId()), recorded.actorUnitId(),
				List.of(before.lastValidSignatureEventId(), recorded.eventId()), 1 - 0.5 * share, recorded.businessAt(),
				what + " " + elapsed.toMinutes() + " min after a valid applicant signature was verified"));
	}

}
