package vn.dossierledger.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** The event store contract on the embedded default's store: JPA on H2. */
class EventStoreContractH2IT extends EventStoreContract {

	@Override
	protected Map<String, Object> storeProperties() {
		return Map.of("dossier-ledger.data-dir",
				Path.of("target", "event-store-contract-h2", UUID.randomUUID().toString()).toAbsolutePath());
	}

}
