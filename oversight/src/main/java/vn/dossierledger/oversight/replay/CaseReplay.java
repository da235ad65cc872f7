package vn.dossierledger.oversight.replay;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.oversight.ledger.CanonicalEventEncoding;
import vn.dossierledger.oversight.replay.CaseReplayViews.CaseAsOf;
import vn.dossierledger.oversight.replay.CaseReplayViews.CaseDiff;
import vn.dossierledger.oversight.replay.CaseReplayViews.CaseHistory;
import vn.dossierledger.oversight.replay.CaseReplayViews.HistoryStep;
import vn.dossierledger.oversight.replay.CaseReplayViews.HolderTime;
import vn.dossierledger.reference.calendar.StatutoryClock;

/**
 * Replays a dossier from its stream in the event store — not from a projection, which
 * could have drifted or been rebuilt — into the states an inspector reads.
 */
@Component
public class CaseReplay {

	private final EventStore eventStore;

	private final StatutoryClock statutoryClock;

	private final Clock clock;

	CaseReplay(EventStore eventStore, StatutoryClock statutoryClock, Clock clock) {
		this.eventStore = eventStore;
		this.statutoryClock = statutoryClock;
		this.clock = clock;
	}

	public CaseHistory history(String dossierId) {
		List<HistoryStep> steps = replay(dossierId);
		return new CaseHistory(dossierId, steps, workingTimeByHolder(steps));
	}

	CaseAsOf asOfSequence(String dossierId, long sequence) {
		return replay(dossierId).stream()
			.filter((step) -> step.sequence() == sequence)
			.findFirst()
			.map((step) -> asOf(dossierId, step))
			.orElseThrow(
					() -> new CaseNotFoundException(dossierId, "Dossier " + dossierId + " has no event " + sequence));
	}

	/** The state after the last event whose business time is not after {@code at}. */
	CaseAsOf asOfTime(String dossierId, Instant at) {
		HistoryStep last = null;
		for (HistoryStep step : replay(dossierId)) {
			if (!step.occurredAt().isAfter(at)) {
				last = step;
			}
		}
		if (last == null) {
			throw new CaseNotFoundException(dossierId, "Dossier " + dossierId + " did not exist yet at " + at);
		}
		return asOf(dossierId, last);
	}

	CaseDiff diff(String dossierId, long from, long to) {
		CaseAsOf before = asOfSequence(dossierId, from);
		CaseAsOf after = asOfSequence(dossierId, to);
		return new CaseDiff(dossierId, from, to, before.state().changesTo(after.state()));
	}

	private static CaseAsOf asOf(String dossierId, HistoryStep step) {
		return new CaseAsOf(dossierId, step.sequence(), step.occurredAt(), step.recordedAt(), step.stateAfter());
	}

	private List<HistoryStep> replay(String dossierId) {
		CaseStateModel model = new CaseStateModel();
		CaseState before = CaseState.NONE;
		List<HistoryStep> steps = new ArrayList<>();
		// From sequence 0, so that a snapshot never stands in for the events themselves.
		for (DomainEventMessage<?> message : this.eventStore.readEvents(dossierId, 0).asStream().toList()) {
			if (message.getPayload() instanceof DossierEvent event) {
				CaseState after = model.apply(event);
				Object chainHash = message.getMetaData().get(CanonicalEventEncoding.HASH_KEY);
				steps.add(new HistoryStep(message.getIdentifier(), message.getSequenceNumber(),
						message.getPayloadType().getSimpleName(), event.actor(), event.occurredAt(),
						message.getTimestamp(), Objects.toString(chainHash, null), after, before.changesTo(after)));
				before = after;
			}
		}
		if (steps.isEmpty()) {
			throw new CaseNotFoundException(dossierId, "No dossier " + dossierId);
		}
		return steps;
	}

	/**
	 * Working time accrues to the holder while the dossier's statutory clock runs:
	 * received or in processing, not paused, not yet resolved; an open dossier accrues
	 * until now.
	 */
	private List<HolderTime> workingTimeByHolder(List<HistoryStep> steps) {
		Map<List<String>, Long> minutes = new LinkedHashMap<>();
		Holder accruing = null;
		Instant since = null;
		for (HistoryStep step : steps) {
			Holder next = accruingHolder(step.stateAfter());
			if (!sameOfficer(accruing, next)) {
				if (accruing != null) {
					accrue(minutes, accruing, since, step.occurredAt());
				}
				accruing = next;
				since = step.occurredAt();
			}
		}
		if (accruing != null) {
			accrue(minutes, accruing, since, this.clock.instant());
		}
		return minutes.entrySet()
			.stream()
			.map((entry) -> new HolderTime(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()))
			.toList();
	}

	private void accrue(Map<List<String>, Long> minutes, Holder holder, Instant from, Instant to) {
		minutes.merge(Arrays.asList(holder.officerId(), holder.unitId()),
				this.statutoryClock.workingMinutesBetween(from, to), Long::sum);
	}

	private static Holder accruingHolder(CaseState state) {
		boolean clockRuns = state.status() != null && state.status().isOpenAfterReceipt()
				&& state.pausedSince() == null;
		return clockRuns ? state.holder() : null;
	}

	private static boolean sameOfficer(Holder a, Holder b) {
		return (a == null) ? b == null
				: b != null && Objects.equals(a.officerId(), b.officerId()) && Objects.equals(a.unitId(), b.unitId());
	}

}
