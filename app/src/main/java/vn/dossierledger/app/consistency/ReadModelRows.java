package vn.dossierledger.app.consistency;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The read models of one schema as rows to compare: every table but the event store's,
 * Axon's bookkeeping, the command side's and the ledger's seals (never rebuilt); each row
 * keyed by its primary key, each value rendered as text alike on H2 and PostgreSQL.
 */
public final class ReadModelRows {

	/**
	 * Everything in the schema that is not a read model: Axon's and the command side's
	 * tables, the ledger's seals (never rebuilt), the record of rebuilds.
	 */
	public static final Set<String> NOT_READ_MODELS = Set.of("association_value_entry", "dead_letter_entry",
			"domain_event_entry", "dossier_code_counter", "flyway_schema_history", "saga_entry", "scheduled_tasks",
			"snapshot_event_entry", "token_entry", "unique_claim", "ledger_leaf", "ledger_seal", "ledger_seal_head",
			"ledger_public_key", "idempotent_request", "read_model_rebuild", "read_model_rebuild_group");

	/** How often a flag row was rewritten and mirrored to search: bookkeeping. */
	public static final Set<String> BOOKKEEPING_COLUMNS = Set.of("revision", "indexed_revision");

	private ReadModelRows() {
	}

	/** The read-model tables of the schema, lower case, sorted. */
	static List<String> tables(Connection connection, String schema) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet found = connection.getMetaData().getTables(null, schema, null, new String[] { "TABLE" })) {
			while (found.next()) {
				String table = found.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if (!NOT_READ_MODELS.contains(table)) {
					tables.add(table);
				}
			}
		}
		tables.sort(null);
		return tables;
	}

	/** The table's primary-key columns, lower case, in key order. */
	static List<String> primaryKey(Connection connection, String schema, String table) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		Map<Short, String> columns = new TreeMap<>();
		for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
			try (ResultSet keys = metaData.getPrimaryKeys(null, schema, name)) {
				while (keys.next()) {
					columns.put(keys.getShort("KEY_SEQ"), keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
			if (!columns.isEmpty()) {
				break;
			}
		}
		return List.copyOf(columns.values());
	}

	/**
	 * Every row of the table by its key (the primary-key values joined, or the whole row
	 * where the table has no key), each as column → rendered value.
	 */
	static Map<String, Map<String, String>> rows(Connection connection, String schema, String table, List<String> key)
			throws SQLException {
		Map<String, Map<String, String>> rows = new LinkedHashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet result = select.executeQuery("select * from " + schema + "." + table)) {
			ResultSetMetaData columns = result.getMetaData();
			while (result.next()) {
				Map<String, String> row = new TreeMap<>();
				for (int column = 1; column <= columns.getColumnCount(); column++) {
					String name = columns.getColumnLabel(column).toLowerCase(Locale.ROOT);
					if (!BOOKKEEPING_COLUMNS.contains(name)) {
						row.put(name, render(result.getObject(column)));
					}
				}
				rows.put(key.isEmpty() ? row.toString() : keyOf(row, key), row);
			}
		}
		return rows;
	}

	private static String keyOf(Map<String, String> row, List<String> key) {
		StringBuilder joined = new StringBuilder();
		for (String column : key) {
			joined.append((joined.length() == 0) ? "" : ", ").append(column).append('=').append(row.get(column));
		}
		return joined.toString();
	}

	/**
	 * Read-model columns are {@code timestamp} without time zone holding UTC: the value
	 * as stored, whatever the JVM's zone.
	 */
	public static String render(Object value) throws SQLException {
		if (value == null) {
			return null;
		}
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes);
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toLocalDateTime().toString();
		}
		if (value instanceof OffsetDateTime dateTime) {
			return dateTime.toInstant().toString();
		}
		if (value instanceof Clob clob) {
			return clob.getSubString(1, (int) clob.length());
		}
		return value.toString();
	}

}
