package vn.dossierledger.projection.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.dossierledger.projection.admin.GroupRebuild.GroupState;

/**
 * The rebuild operations in tables {@code read_model_rebuild} and
 * {@code read_model_rebuild_group}. Every change of state is a conditional update from
 * the state it leaves, so two processes (or a resumption racing a request) never both
 * take the same step: the loser's update changes no row.
 */
@Component
class RebuildRecords {

	private static final int FAILURE_LENGTH = 2000;

	private final JdbcTemplate jdbc;

	RebuildRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void create(String id, String requestedBy, Instant requestedAt, List<String> groups) {
		this.jdbc.update(
				"insert into read_model_rebuild (rebuild_id, requested_by, requested_at, state)"
						+ " values (?, ?, ?, ?)",
				id, requestedBy, utc(requestedAt), RebuildOperation.RebuildState.RUNNING.name());
		for (int order = 0; order < groups.size(); order++) {
			this.jdbc.update(
					"insert into read_model_rebuild_group (rebuild_id, group_order, processing_group, state,"
							+ " changed_at) values (?, ?, ?, ?, ?)",
					id, order, groups.get(order), GroupState.PENDING.name(), utc(requestedAt));
		}
	}

	Optional<RebuildOperation> find(String id) {
		return this.jdbc
			.query("select * from read_model_rebuild where rebuild_id = ?", (row, number) -> operation(row), id)
			.stream()
			.findFirst()
			.map(this::withGroups);
	}

	/** The newest first. */
	List<RebuildOperation> recent(int limit) {
		return this.jdbc
			.query("select * from read_model_rebuild order by requested_at desc, rebuild_id fetch first " + limit
					+ " rows only", (row, number) -> operation(row))
			.stream()
			.map(this::withGroups)
			.toList();
	}

	/** The ids of the operations still running, the oldest first. */
	List<String> unfinished() {
		return this.jdbc.queryForList(
				"select rebuild_id from read_model_rebuild where state = ? order by requested_at, rebuild_id",
				String.class, RebuildOperation.RebuildState.RUNNING.name());
	}

	/**
	 * Takes the group's reset step: PENDING to RESET. Run in the reset's own transaction,
	 * it holds the row until that commits, and rolls back with it.
	 * @return whether this caller took it (it was still pending)
	 */
	boolean claimReset(String id, String group, Long replayTarget, Instant at) {
		return this.jdbc.update(
				"update read_model_rebuild_group set state = ?, replay_target = ?, changed_at = ?"
						+ " where rebuild_id = ? and processing_group = ? and state = ?",
				GroupState.RESET.name(), replayTarget, utc(at), id, group, GroupState.PENDING.name()) == 1;
	}

	void clearedDeadLetters(String id, String group, long cleared) {
		this.jdbc.update("update read_model_rebuild_group set cleared_dead_letters = ? where rebuild_id = ?"
				+ " and processing_group = ?", cleared, id, group);
	}

	boolean advance(String id, String group, GroupState from, GroupState to, Instant at) {
		return this.jdbc.update("update read_model_rebuild_group set state = ?, changed_at = ? where rebuild_id = ?"
				+ " and processing_group = ? and state = ?", to.name(), utc(at), id, group, from.name()) == 1;
	}

	/**
	 * A failure is recorded only from a step not yet taken: never over a reset that held.
	 */
	boolean fail(String id, String group, String failure, Instant at) {
		String reason = (failure.length() > FAILURE_LENGTH) ? failure.substring(0, FAILURE_LENGTH) : failure;
		return this.jdbc.update(
				"update read_model_rebuild_group set state = ?, failure = ?, changed_at = ?"
						+ " where rebuild_id = ? and processing_group = ? and state = ?",
				GroupState.FAILED.name(), reason, utc(at), id, group, GroupState.PENDING.name()) == 1;
	}

	boolean finish(String id, RebuildOperation.RebuildState state, Instant at) {
		return this.jdbc.update(
				"update read_model_rebuild set state = ?, finished_at = ? where rebuild_id = ?" + " and state = ?",
				state.name(), utc(at), id, RebuildOperation.RebuildState.RUNNING.name()) == 1;
	}

	private RebuildOperation withGroups(RebuildOperation operation) {
		List<GroupRebuild> groups = this.jdbc.query(
				"select * from read_model_rebuild_group where rebuild_id = ? order by group_order",
				(row, number) -> new GroupRebuild(row.getString("processing_group"),
						GroupState.valueOf(row.getString("state")), nullableLong(row, "replay_target"),
						nullableLong(row, "cleared_dead_letters"), row.getString("failure"),
						instant(row, "changed_at")),
				operation.id());
		return new RebuildOperation(operation.id(), operation.requestedBy(), operation.requestedAt(), operation.state(),
				operation.finishedAt(), groups);
	}

	private static RebuildOperation operation(ResultSet row) throws SQLException {
		return new RebuildOperation(row.getString("rebuild_id"), row.getString("requested_by"),
				instant(row, "requested_at"), RebuildOperation.RebuildState.valueOf(row.getString("state")),
				instant(row, "finished_at"), List.of());
	}

	private static Long nullableLong(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
