package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;

/** The command path on the embedded default: an H2 file database in a fresh directory. */
class CommandPathH2IT extends CommandPathContract {

	@TempDir
	Path dataDirectory;

	@Override
	protected Map<String, Object> databaseProperties() {
		return Map.of("dossier-ledger.data-dir", this.dataDirectory.toString());
	}

	@Override
	protected void assertStorageSchema(EventStoreRows storage) {
		assertThat(storage.eventCount()).as("a fresh data directory starts with an empty event store").isZero();
	}

}
