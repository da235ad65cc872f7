package vn.dossierledger.projection.redflag;

import java.util.List;

import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;

/** The rules in force, with their thresholds from configuration. */
final class RedFlagRules {

	private final List<TimedRule> timedRules;

	private final List<EventRule> eventRules;

	RedFlagRules(RedFlagProperties properties, ProcedureCatalogue catalogue, StatutoryClock clock) {
		LateWithoutApologyRule lateWithoutApology = new LateWithoutApologyRule(properties.apologyGrace(), catalogue,
				clock);
		ParkedWithOfficerRule parkedWithOfficer = new ParkedWithOfficerRule();
		this.timedRules = List.of(lateWithoutApology, parkedWithOfficer);
		this.eventRules = List.of(new RepeatedSupplementRule(),
				new ReasonlessDecisionRule(properties.minReasonLength(), catalogue),
				new SignedSubmissionRejectedRule(properties.signedRejectionWindow()), lateWithoutApology,
				new SerialPostponementRule(catalogue, clock), parkedWithOfficer,
				new SupplementClockGamingRule(properties.clockGamingFraction(), clock),
				new BackdatedIntakeRule(properties.backdatingTolerance()),
				new TimestampTamperingRule(properties.maxRecordingDelay()), new SelfDealingRule(catalogue),
				new StepSkippingRule(catalogue), new GhostCompletionRule(catalogue), new FeeAnomalyRule(catalogue));
	}

	List<TimedRule> timed() {
		return this.timedRules;
	}

	List<EventRule> onEvents() {
		return this.eventRules;
	}

}
