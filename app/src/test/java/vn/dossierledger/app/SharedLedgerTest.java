package vn.dossierledger.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running application on an H2 file database, shared through Spring's test context
 * cache by every test class that extends this one (same properties, same context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dossier-ledger.demo.enabled=false", "dossier-ledger.signature.demo-ca.enabled=true",
				"dossier-ledger.elasticsearch.embedded.enabled=false",
				"dossier-ledger.ledger.verification.scheduled=false", "dossier-ledger.ledger.seal.block-size=4",
				"dossier-ledger.ledger.seal.block-interval=PT0.5S", "dossier-ledger.ledger.seal.idle-check=PT0.2S" })
abstract class SharedLedgerTest {

	private static final Path DATA_DIRECTORY = newDataDirectory();

	@LocalServerPort
	private int port;

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("dossier-ledger.data-dir", DATA_DIRECTORY::toString);
	}

	protected LedgerApi api() {
		return LedgerApi.onPort(this.port);
	}

	protected int port() {
		return this.port;
	}

	protected JdbcTemplate jdbc() {
		return new JdbcTemplate(this.dataSource);
	}

	protected EventStoreRows eventStore() {
		return new EventStoreRows(this.dataSource);
	}

	private static Path newDataDirectory() {
		try {
			Path target = Files.createDirectories(Path.of("target", "it-data"));
			return Files.createTempDirectory(target, "shared-ledger-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
