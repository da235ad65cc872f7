package vn.dossierledger.app;

import java.util.Map;

/** Unstorable events on PostgreSQL: a new database of the embedded server. */
class UnstorableEventsPostgresIT extends UnstorableEventsContract {

	@Override
	Map<String, Object> databaseProperties() {
		return EmbeddedPostgresServer.newDatabaseProperties();
	}

}
