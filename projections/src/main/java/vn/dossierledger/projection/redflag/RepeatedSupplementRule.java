package vn.dossierledger.projection.redflag;

import java.util.ArrayList;
import java.util.List;

import vn.dossierledger.events.dossier.IntakeSupplementRequestedEvent;
import vn.dossierledger.events.dossier.SupplementRequestedEvent;

/**
 * F1, repeated supplement: more than one supplement request at the same stage (at the
 * desk, or during appraisal) — DOMAIN R1–R3. One flag per stage, its evidence every
 * request of the stage. Score: 0.5 for the second request, 1.0 from the third. Not cured
 * by later events: the applicant was made to come back.
 */
final class RepeatedSupplementRule implements EventRule {

	static final FlagRule RULE = new FlagRule("F1", 1, "Repeated supplement request");

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (recorded.event() instanceof IntakeSupplementRequestedEvent intake) {
			check("intake", before.intakeSupplementEventIds(), intake.overrideReason(), recorded, before, flags);
		}
		else if (recorded.event() instanceof SupplementRequestedEvent processing) {
			check("processing", before.processingSupplementEventIds(), processing.overrideReason(), recorded, before,
					flags);
		}
	}

	private static void check(String stage, List<String> earlier, String overrideReason, RecordedEvent recorded,
			DossierFacts dossier, FlagBook flags) {
		if (earlier.isEmpty()) {
			return;
		}
		List<String> evidence = new ArrayList<>(earlier);
		evidence.add(recorded.eventId());
		int count = evidence.size();
		String override = (overrideReason == null || overrideReason.isBlank()) ? "no override reason"
				: "override: " + overrideReason.strip();
		flags.raise(RULE, dossier,
				new Raise(stage, List.of(recorded.actorId()), recorded.actorUnitId(), evidence, 0.5 * (count - 1),
						recorded.businessAt(),
						"Supplement requested " + count + " times at the " + stage + " stage (" + override + ")"));
	}

}
