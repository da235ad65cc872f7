package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * PostgreSQL stopped under the running application jar, then started again: while it is
 * away, commands and queries answer 503 problem+json with {@code Retry-After} and store
 * nothing, and health says so; once it is back, health recovers, commands are accepted
 * and the read models catch up by themselves.
 */
class DatabaseOutageIT {

	private static final Duration PATIENCE = Duration.ofMinutes(2);

	@Test
	void answers503WhileTheDatabaseIsAwayAndRecoversByItself() throws Exception {
		int port = freePort();
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "outage-pg-")
			.toAbsolutePath();
		EmbeddedPostgres postgres = start(port, data);
		try {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("spring.profiles.active", "postgres");
			properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "postgres");
			properties.put("spring.datasource.hikari.connection-timeout", "2000");
			properties.putAll(TestIssuer.shared().properties());
			properties.put("dossier-ledger.data-dir", data.resolveSibling(data.getFileName() + "-app"));
			properties.put("dossier-ledger.demo.enabled", "false");
			properties.put("dossier-ledger.ledger.verification.scheduled", "false");
			try (AppJarProcess app = AppJarProcess.start(properties, Path.of("target", "database-outage", "app.log"))) {
				LedgerApi api = LedgerApi.onPort(app.port(), TestIssuer.shared().tokens(CrashConvergenceIT::roleOf));
				Reply before = api.post("/api/dossiers", BirthRegistration.submission(null));
				assertThat(before.status()).as("%s", before).isEqualTo(201);

				postgres.close();
				Reply command = api.post("/api/dossiers", BirthRegistration.submission(null));
				Reply query = api.anonymous()
					.exchange(org.springframework.http.HttpMethod.GET, "/api/status/" + before.text("dossierCode"),
							lookupSecret(before.text("lookupSecret")), null, null);
				int healthDuring = health(api);
				postgres = start(port, data);
				awaitHealthy(api);
				Reply after = api.post("/api/dossiers", BirthRegistration.submission(null));

				assertThat(command.status()).as("command during the outage %s", command).isEqualTo(503);
				assertThat(command.contentType().toString()).isEqualTo("application/problem+json");
				assertThat(command.text("type")).endsWith("/storage-unavailable");
				assertThat(command.header(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
				assertThat(query.status()).as("query during the outage %s", query).isEqualTo(503);
				assertThat(healthDuring).isEqualTo(503);
				assertThat(after.status()).as("command after the outage %s", after).isEqualTo(201);
				assertThat(dossiersStored(postgres)).as("the refused command stored nothing").isEqualTo(2);
				awaitStatusView(api, after);
			}
		}
		finally {
			postgres.close();
		}
	}

	private static EmbeddedPostgres start(int port, Path data) throws IOException {
		return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
	}

	private static HttpHeaders lookupSecret(String secret) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Lookup-Secret", secret);
		return headers;
	}

	private static int health(LedgerApi api) {
		return api.anonymous().get("/actuator/health").status();
	}

	private static void awaitHealthy(LedgerApi api) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (health(api) != 200) {
			assertThat(System.nanoTime()).as("health back within " + PATIENCE).isLessThan(deadline);
			Thread.sleep(500);
		}
	}

	/**
	 * The read models resumed by themselves: the new dossier's status can be looked up.
	 */
	private static void awaitStatusView(LedgerApi api, Reply submitted) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		Reply status;
		do {
			Thread.sleep(500);
			status = api.anonymous()
				.exchange(org.springframework.http.HttpMethod.GET, "/api/status/" + submitted.text("dossierCode"),
						lookupSecret(submitted.text("lookupSecret")), null, null);
		}
		while (status.status() != 200 && System.nanoTime() < deadline);
		assertThat(status.status()).as("status view after the outage %s", status).isEqualTo(200);
	}

	private static long dossiersStored(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet count = statement
					.executeQuery("select count(distinct aggregate_identifier) from domain_event_entry "
							+ "where type = 'Dossier'")) {
			count.next();
			return count.getLong(1);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
