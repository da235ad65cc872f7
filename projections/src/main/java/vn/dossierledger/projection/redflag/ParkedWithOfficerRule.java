package vn.dossierledger.projection.redflag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.events.dossier.ProcessingStoppedEvent;
import vn.dossierledger.events.dossier.ResultIssuedEvent;
import vn.dossierledger.events.dossier.WithdrawalAcceptedEvent;

/**
 * F6, parked with one officer: the statutory clock recorded
 * ({@code HoldingLimitExceeded}) that the officer a transfer handed the dossier to still
 * held it, clock running, at the holding limit: k × the step's allotted working time, k
 * of the procedure version's rulebook. Limit and k are read from that event, so the flag
 * says what the ledger recorded. One flag per transfer, raised at the limit, with the
 * transfer and the recorded limit as evidence. Score: 0.5 + 0.5 × min(1, time held beyond
 * the limit / the time up to it), as of the dossier's latest event while it stays open.
 * Cured when the dossier is handed on, resolved, stopped or withdrawn.
 */
final class ParkedWithOfficerRule implements TimedRule, EventRule {

	static final FlagRule RULE = new FlagRule("F6", 1, "Parked with one officer");

	@Override
	public FlagRule rule() {
		return RULE;
	}

	@Override
	public void asOf(Instant at, DossierFacts facts, FlagBook flags) {
		Instant limit = facts.holdingLimitAt();
		if (facts.clockRunning() && limit != null && !at.isBefore(limit)) {
			raise(at, facts, limit, facts.holdingLimitFactor(), facts.holdingLimitEventId(), flags);
		}
	}

	@Override
	public void onEvent(RecordedEvent recorded, DossierFacts before, FlagBook flags) {
		if (recorded.event() instanceof HoldingLimitExceededEvent exceeded) {
			if (before.clockRunning() && isAboutTheHolding(before, exceeded)) {
				raise(before.asOf(recorded.businessAt()), before, exceeded.limitAt(), exceeded.factor(),
						recorded.eventId(), flags);
			}
			return;
		}
		if (recorded.event() instanceof DossierTransferredEvent || recorded.event() instanceof ResultIssuedEvent
				|| recorded.event() instanceof ProcessingStoppedEvent
				|| recorded.event() instanceof WithdrawalAcceptedEvent) {
			flags.close(RULE, before, recorded.businessAt(), "handed on by "
					+ recorded.event().getClass().getSimpleName() + " (event " + recorded.eventId() + ")");
		}
	}

	/** The event is about the holding these facts know: the same transfer. */
	static boolean isAboutTheHolding(DossierFacts facts, HoldingLimitExceededEvent exceeded) {
		return facts.holderTransferSequence() != null && facts.holderTransferSequence() == exceeded.transferSequence();
	}

	private static void raise(Instant at, DossierFacts facts, Instant limit, double factor, String limitEventId,
			FlagBook flags) {
		Duration upToLimit = Duration.between(facts.holderSince(), limit);
		Duration beyond = Duration.between(limit, at);
		double score = 0.5 + 0.5 * Math.min(1, (double) beyond.toMinutes() / Math.max(1, upToLimit.toMinutes()));
		flags.raise(RULE, facts,
				new Raise(facts.holderTransferEventId(), List.of(facts.holderOfficerId()), facts.holderUnitId(),
						List.of(facts.holderTransferEventId(), limitEventId), score, limit,
						"Held by " + facts.holderOfficerId() + " since " + facts.holderSince()
								+ ", past its holding limit " + limit + " of " + factor
								+ " × the step's allotted working time, recorded by the statutory clock"));
	}

}
