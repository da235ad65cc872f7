package vn.dossierledger.app;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;

/** Tampering with PostgreSQL, whose payloads and metadata are {@code bytea}. */
class LedgerTamperingPostgresIT extends LedgerTamperingContract {

	private static Map<String, Object> database;

	@BeforeAll
	static void createDatabase() {
		database = EmbeddedPostgresServer.newDatabaseProperties();
	}

	@Override
	protected Map<String, Object> databaseProperties() {
		return database;
	}

}
