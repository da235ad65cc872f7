package vn.dossierledger.projection.redflag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import vn.dossierledger.command.calendar.StatutoryClock;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;

/**
 * F6, parked with one officer: the officer a transfer handed the dossier to still holds
 * it (clock running) after k ({@code parked-factor}) × the step's allotted working time,
 * the allotted time being the transfer's step deadline minus its time. One flag per
 * transfer, raised at that threshold. Score: 0.5 + 0.5 × min(1, time held beyond the
 * threshold / the time up to it), growing while it stays open. Cured when the dossier is
 * handed on, resolved, stopped or withdrawn.
 */
final class ParkedWithOfficerRule implements TimedRule, EventRule {

	static final FlagRule RULE = new FlagRule("F6", 1, "Parked with one officer");

	private final double factor;

	private final StatutoryClock clock;

	ParkedWithOfficerRule(double factor, StatutoryClock clock) {
		this.factor = factor;
		this.clock = clock;
	}

	@Override
	public FlagRule rule() {
		return RULE;
	}

	/**
	 * When the transfer's receiver will have held the dossier too long; {@code null}
	 * without a step deadline.
	 */
	Instant thresholdFor(DossierTransferredEvent transfer) {
		if (transfer.stepDeadline() == null || !transfer.stepDeadline().isAfter(transfer.occurredAt())) {
			return null;
		}
		long allotted = this.clock.workingMinutesBetween(transfer.occurredAt(), transfer.stepDeadline());
		return this.clock.addWorkingMinutes(transfer.occurredAt(), (long) Math.ceil(this.factor * allotted));
	}

	@Override
	public void asOf(Instant at, DossierFacts facts, FlagBook flags) {
		Instant threshold = facts.parkedThresholdAt();
		if (!facts.clockRunning() || threshold == null || !at.isAfter(threshold)) {
			return;
		}
		Duration upToThreshold = Duration.between(facts.holderSince(), threshold);
		Duration beyond = Duration.between(threshold, at);
		double score = 0.5 + 0.5 * Math.min(1, (double) beyond.toMinutes() / Math.max(1, upToThreshold.toMinutes()));
		flags.raise(RULE, facts,
				new Raise(facts.holderTransferEventId(), List.of(facts.holderOfficerId()), facts.holderUnitId(),
						List.of(facts.holderTransferEventId()), score, threshold,
						"Held by " + facts.holderOfficerId() + " since " + facts.holderSince() + ", beyond "
								+ this.factor + " × the step's allotted working time"));
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (recorded.event() instanceof DossierTransferredEvent || recorded.event() instanceof ResultIssuedEvent
				|| recorded.event() instanceof ProcessingStoppedEvent
				|| recorded.event() instanceof WithdrawalAcceptedEvent) {
			flags.close(RULE, before, recorded.businessAt(), "handed on by "
					+ recorded.event().getClass().getSimpleName() + " (event " + recorded.eventId() + ")");
		}
	}

}
