package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL store of the earlier release: its plain {@code pg_dump} restored with
 * {@code psql} into a new database of the embedded server.
 */
class StoredLedgerPostgresIT extends StoredLedgerContract {

	@Override
	String storeName() {
		return "postgresql";
	}

	@Override
	Map<String, Object> openStore(Path fixture, Path dataDirectory) throws Exception {
		Map<String, Object> database = EmbeddedPostgresServer.newDatabaseProperties();
		URI url = URI.create(((String) database.get("spring.datasource.url")).substring("jdbc:".length()));
		Process restore = new ProcessBuilder("psql", "--quiet", "--no-psqlrc", "--set", "ON_ERROR_STOP=1", "--host",
				url.getHost(), "--port", String.valueOf(url.getPort()), "--username",
				(String) database.get("spring.datasource.username"), "--dbname", url.getPath().substring(1), "--file",
				fixture.resolve(StoredLedger.POSTGRES_DUMP).toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(restore.getInputStream().readAllBytes());
		assertThat(restore.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(restore.exitValue()).as("psql restoring the dump: %s", output).isZero();
		Files.copy(fixture.resolve(StoredLedger.KEY_FILE), dataDirectory.resolve(StoredLedger.KEY_FILE));
		return database;
	}

}
