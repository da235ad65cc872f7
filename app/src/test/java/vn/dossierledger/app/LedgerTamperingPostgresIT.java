package vn.dossierledger.app;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

/** Tampering with PostgreSQL, whose payloads and metadata are {@code bytea}. */
class LedgerTamperingPostgresIT extends LedgerTamperingContract {

	private Map<String, Object> database;

	/** A database per test: each one tampers with its own ledger. */
	@BeforeEach
	void createDatabase() {
		this.database = EmbeddedPostgresServer.newDatabaseProperties();
	}

	@Override
	protected Map<String, Object> databaseProperties() {
		return this.database;
	}

}
