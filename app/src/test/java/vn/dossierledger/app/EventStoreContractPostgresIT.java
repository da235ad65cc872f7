package vn.dossierledger.app;

import java.util.Map;

/** The event store contract on the production database's store: JPA on PostgreSQL. */
class EventStoreContractPostgresIT extends EventStoreContract {

	@Override
	protected Map<String, Object> storeProperties() {
		return EmbeddedPostgresServer.newDatabaseProperties();
	}

}
