package vn.dossierledger.app;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the event store and the deadline table hold, read with plain JDBC. */
final class EventStoreRows {

	private final JdbcTemplate jdbc;

	EventStoreRows(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	List<StoredEvent> eventsOf(String dossierId) {
		return this.jdbc.query(
				"select sequence_number, payload_type, payload from domain_event_entry"
						+ " where aggregate_identifier = ? order by sequence_number",
				(row, index) -> new StoredEvent(row.getLong("sequence_number"), row.getString("payload_type"),
						new String(row.getBytes("payload"), StandardCharsets.UTF_8)),
				dossierId);
	}

	/** Every stored event's global index, in order. */
	List<Long> globalIndexes() {
		return this.jdbc.queryForList("select global_index from domain_event_entry order by global_index", Long.class);
	}

	long eventCount() {
		return this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
	}

	/** The events of dossiers: all but the access audit's reads. */
	long dossierEventCount() {
		return this.jdbc.queryForObject(
				"select count(*) from domain_event_entry where type is distinct from 'DossierRead'", Long.class);
	}

	List<String> scheduledTaskNames() {
		return this.jdbc.queryForList("select task_name from scheduled_tasks", String.class);
	}

	JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/** One row of domain_event_entry; the payload is Jackson's JSON. */
	record StoredEvent(long sequenceNumber, String payloadType, String payloadJson) {

		String simpleType() {
			return this.payloadType.substring(this.payloadType.lastIndexOf('.') + 1);
		}

	}

}
