package vn.dossierledger.app.consistency;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a consistency check found: each live read model, table or search index, against
 * the same read model built afresh from the event store.
 *
 * @param state {@code RUNNING}; {@code CONSISTENT} when every row and document of every
 * read model matched; {@code DIFFERENT} when some did not while the store stood still;
 * {@code STORE_MOVING} when some did not but the store took new events during the
 * comparison, so they may be events in flight (run it again when the system is quiet);
 * {@code NOTHING_COMPARED} when the store held no event and no read model any row, so the
 * check saw nothing; {@code FAILED} when it could not finish ({@code failure} says why)
 * @param requestedBy who asked (the admin, or the command line)
 * @param eventStore the store the replay read, e.g. "JPA event store on PostgreSQL"
 * @param head the global index of the last event the replay and the live read models were
 * compared at
 * @param eventsReplayed the events up to {@code head}, the events compared
 * @param readModels each table and search index compared, with its row (document) counts
 * and differences
 * @param differences the differences, each by table (or index), row key (or document id),
 * dossier and field; at most {@link #LISTED} are listed
 * @param differenceCount all the differences, listed or not
 * @param notCompared what this check did not look at, and why
 */
public record ConsistencyReport(String id, String state, Instant startedAt, Instant finishedAt, String requestedBy,
		String eventStore, Long head, long eventsReplayed, List<TableComparison> readModels,
		List<Difference> differences, long differenceCount, List<String> notCompared, String failure) {

	/** The most differences a report lists. */
	public static final int LISTED = 1000;

	static ConsistencyReport running(String id, Instant startedAt, String requestedBy) {
		return new ConsistencyReport(id, "RUNNING", startedAt, null, requestedBy, null, null, 0, List.of(), List.of(),
				0, List.of(), null);
	}

	ConsistencyReport failed(Instant finishedAt, String why) {
		return new ConsistencyReport(this.id, "FAILED", this.startedAt, finishedAt, this.requestedBy, this.eventStore,
				this.head, this.eventsReplayed, this.readModels, this.differences, this.differenceCount,
				this.notCompared, why);
	}

	public boolean consistent() {
		return "CONSISTENT".equals(this.state);
	}

	/**
	 * One read-model table, or search index.
	 *
	 * @param table the table's name, or the search index's live read alias (e.g.
	 * {@code audit-history})
	 * @param liveRows rows (documents) in the live table (index)
	 * @param replayedRows rows (documents) in the one built afresh
	 * @param differences rows (documents) missing on either side plus fields that differ
	 */
	public record TableComparison(String table, long liveRows, long replayedRows, long differences) {

	}

	/**
	 * One difference.
	 *
	 * @param table the table, or the search index's live read alias
	 * @param key the row's primary key, or the document's id
	 * @param dossierId the row's (document's) dossier, where it has one
	 * @param field the column that differs, or the document field's dotted path;
	 * {@code null} for a row (document) missing on one side
	 * @param live the live value (or row, or document); {@code null} when the live one is
	 * missing. A document's values are JSON text: a string in quotes
	 * @param replayed the value (or row, or document) built afresh; {@code null} when
	 * missing there
	 */
	public record Difference(String table, String key, String dossierId, String field, String live, String replayed) {

		static Difference ofRows(String table, String key, Map<String, String> live, Map<String, String> replayed) {
			Map<String, String> either = (live != null) ? live : replayed;
			return new Difference(table, key, either.get("dossier_id"), null, (live != null) ? live.toString() : null,
					(replayed != null) ? replayed.toString() : null);
		}

	}

}
