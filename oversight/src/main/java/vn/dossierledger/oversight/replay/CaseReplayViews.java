package vn.dossierledger.oversight.replay;

import java.time.Instant;
import java.util.List;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.oversight.replay.CaseState.FieldChange;

/** What the case replay API answers. */
public final class CaseReplayViews {

	private CaseReplayViews() {
	}

	/**
	 * A dossier's whole history, step by step, and the working time each holder had it.
	 */
	public record CaseHistory(String dossierId, List<HistoryStep> steps, List<HolderTime> workingTimeByHolder) {

	}

	/**
	 * One event of the history: who acted, when it happened and when it was recorded, its
	 * chain value, the state after it and what it changed.
	 */
	public record HistoryStep(String eventId, long sequence, String type, Actor actor, Instant occurredAt,
			Instant recordedAt, String chainHash, CaseState stateAfter, List<FieldChange> changes) {

	}

	/**
	 * Working minutes (statutory calendar) the dossier spent with one officer while its
	 * clock ran: received, in processing, not paused.
	 */
	public record HolderTime(String officerId, String unitId, long workingMinutes) {

	}

	/** The dossier as it was after the event at {@code sequence}. */
	record CaseAsOf(String dossierId, long sequence, Instant occurredAt, Instant recordedAt, CaseState state) {

	}

	/** The field-level differences between the states after two events. */
	record CaseDiff(String dossierId, long fromSequence, long toSequence, List<FieldChange> changes) {

	}

}
