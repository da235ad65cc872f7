package vn.dossierledger.app;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read models as rows to compare: a rebuild must give them back exactly, and a later
 * release must build the same ones from a stored ledger.
 */
final class ReadModelTables {

	/**
	 * Axon's and the command side's tables, the ledger's seals (never rebuilt) and the
	 * record of rebuilds: everything else is a read model.
	 */
	private static final Set<String> NOT_READ_MODELS = Set.of("association_value_entry", "dead_letter_entry",
			"domain_event_entry", "dossier_code_counter", "flyway_schema_history", "saga_entry", "scheduled_tasks",
			"snapshot_event_entry", "token_entry", "unique_claim", "ledger_leaf", "ledger_seal", "ledger_seal_head",
			"ledger_public_key", "read_model_rebuild", "read_model_rebuild_group");

	/** How often a flag row was rewritten and mirrored to search: bookkeeping. */
	private static final Set<String> BOOKKEEPING_COLUMNS = Set.of("revision", "indexed_revision");

	/**
	 * Every read-model table's rows, each rendered as its sorted column → value map, one
	 * line per row ({@code table<TAB>row}), sorted.
	 */
	static List<String> rows(JdbcTemplate jdbc) {
		List<String> tables = jdbc
			.queryForList("select lower(table_name) from information_schema.tables where lower(table_schema) = 'public'"
					+ " and table_type = 'BASE TABLE'", String.class);
		List<String> lines = new ArrayList<>();
		for (String table : tables) {
			if (NOT_READ_MODELS.contains(table)) {
				continue;
			}
			for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
				Map<String, Object> rendered = new TreeMap<>();
				row.forEach((column, value) -> rendered.put(column.toLowerCase(Locale.ROOT), render(value)));
				rendered.keySet().removeAll(BOOKKEEPING_COLUMNS);
				lines.add(table + "\t" + rendered);
			}
		}
		lines.sort(null);
		return lines;
	}

	/**
	 * Read-model columns are {@code timestamp} without time zone holding UTC: the value
	 * as stored, whatever the JVM's zone.
	 */
	private static Object render(Object value) {
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes);
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toLocalDateTime();
		}
		if (value instanceof OffsetDateTime dateTime) {
			return dateTime.toInstant();
		}
		return value;
	}

	private ReadModelTables() {
	}

}
