package vn.dossierledger.app;

import java.util.Map;

/** Unstorable events on the embedded default: H2 in a fresh data directory. */
class UnstorableEventsH2IT extends UnstorableEventsContract {

	@Override
	Map<String, Object> databaseProperties() {
		return Map.of();
	}

}
