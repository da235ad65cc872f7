package vn.dossierledger.app;

import java.io.IOException;

import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The bad-input properties of {@link BadInputFuzz} on PostgreSQL, production's store,
 * whose text and number columns refuse what H2's accept (a NUL character, for one).
 */
class BadInputFuzzPostgresIT extends BadInputFuzz {

	@BeforeContainer
	static void onPostgres() throws IOException {
		startTheLedgerWithADossier(EmbeddedPostgresServer.newDatabaseProperties());
	}

}
