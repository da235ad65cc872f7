package vn.dossierledger.app;

import java.io.IOException;
import java.util.Map;

import net.jqwik.api.lifecycle.BeforeContainer;

/** The bad-input properties of {@link BadInputFuzz} on the embedded default's H2. */
class BadInputFuzzIT extends BadInputFuzz {

	@BeforeContainer
	static void onH2() throws IOException {
		startTheLedgerWithADossier(Map.of());
	}

}
