package vn.dossierledger.app;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;

/** Tampering with the embedded default's H2 file database. */
class LedgerTamperingH2IT extends LedgerTamperingContract {

	@TempDir
	Path dataDirectory;

	@Override
	protected Map<String, Object> databaseProperties() {
		return Map.of("dossier-ledger.data-dir", this.dataDirectory.toString());
	}

}
