package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

/**
 * The command path on the production database, PostgreSQL: the same walk and restart, on
 * a schema whose payloads and tokens are {@code bytea} (never large objects) and whose
 * global index sequence counts one by one.
 */
class CommandPathPostgresIT extends CommandPathContract {

	private Map<String, Object> database;

	/** A database of its own for each test: the code race starts without counter rows. */
	@BeforeEach
	void createDatabase() {
		this.database = EmbeddedPostgresServer.newDatabaseProperties();
	}

	@Override
	protected Map<String, Object> databaseProperties() {
		return this.database;
	}

	@Override
	protected void assertStorageSchema(EventStoreRows storage) {
		assertThat(storage.jdbc()
			.queryForList("select table_name || '.' || column_name as stored_column, data_type"
					+ " from information_schema.columns where table_schema = 'public' and"
					+ " (table_name, column_name) in (('domain_event_entry', 'payload'), ('domain_event_entry', 'meta_data'),"
					+ " ('snapshot_event_entry', 'payload'), ('token_entry', 'token'))"))
			.extracting((column) -> column.get("stored_column") + " " + column.get("data_type"))
			.containsExactlyInAnyOrder("domain_event_entry.payload bytea", "domain_event_entry.meta_data bytea",
					"snapshot_event_entry.payload bytea", "token_entry.token bytea");
		assertThat(storage.jdbc()
			.queryForObject(
					"select increment from information_schema.sequences"
							+ " where sequence_schema = 'public' and sequence_name = 'domain_event_entry_seq'",
					String.class))
			.isEqualTo("1");
		assertThat(storage.jdbc()
			.queryForObject("select column_default from information_schema.columns where table_schema = 'public'"
					+ " and table_name = 'domain_event_entry' and column_name = 'global_index'", String.class))
			.isEqualTo("nextval('domain_event_entry_seq'::regclass)");
	}

}
