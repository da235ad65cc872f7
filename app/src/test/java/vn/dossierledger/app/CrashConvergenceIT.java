package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.identity.Role;

/**
 * The application jar on PostgreSQL, killed with SIGKILL while clients walk dossiers and
 * again while it rebuilds its read models, then started again: every command a client got
 * an answer for — at once or, after the crash, by retrying with its
 * {@code Idempotency-Key} — is in the ledger exactly once, no event is there that no
 * client was answered for, every dossier's sequence has no gap, the ledger verifies, the
 * rebuild finishes, and every read model equals a fresh replay.
 */
class CrashConvergenceIT {

	private static final int CLIENTS = 4;

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	@Test
	void nothingAnsweredIsLostOrDoubledAndTheReadModelsConvergeAfterKills() throws Exception {
		Map<String, Object> database = EmbeddedPostgresServer.newDatabaseProperties();
		Map<String, Object> properties = new LinkedHashMap<>(database);
		properties.putAll(TestIssuer.shared().properties());
		properties.put("dossier-ledger.data-dir",
				Path.of("target", "it-data", "crash-" + UUID.randomUUID()).toAbsolutePath());
		properties.put("dossier-ledger.demo.enabled", "false");
		properties.put("dossier-ledger.ledger.verification.scheduled", "false");
		properties.put("dossier-ledger.ledger.seal.block-size", "16");
		properties.put("dossier-ledger.ledger.seal.block-interval", "PT1S");
		// A retry after the crash takes over a dead attempt's key this long after it
		// began.
		properties.put("dossier-ledger.idempotency.pending-lease", "PT5S");
		Path log = Path.of("target", "crash-convergence", "app.log");

		try (AppJarProcess app = AppJarProcess.start(properties, log)) {
			LedgerApi api = LedgerApi.onPort(app.port(), TestIssuer.shared().tokens(CrashConvergenceIT::roleOf));
			AtomicBoolean walking = new AtomicBoolean(true);
			ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
			List<Future<Client>> clients = new ArrayList<>();
			for (int index = 0; index < CLIENTS; index++) {
				clients.add(pool.submit(() -> new Client(api, walking).walk()));
			}
			Thread.sleep(8_000);
			app.kill();
			app.startAgain();
			Thread.sleep(4_000);
			walking.set(false);
			pool.shutdown();
			assertThat(pool.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
			List<Client> walked = new ArrayList<>();
			for (Future<Client> client : clients) {
				walked.add(client.get());
			}

			Reply rebuild = api.post("/api/admin/read-models/rebuild", null);
			assertThat(rebuild.status()).as("%s", rebuild).isEqualTo(202);
			Thread.sleep(600);
			app.kill();
			app.startAgain();

			Map<String, List<Long>> answered = new HashMap<>();
			walked.forEach((client) -> client.answered.forEach((dossierId,
					versions) -> answered.computeIfAbsent(dossierId, (id) -> new ArrayList<>()).addAll(versions)));
			assertThat(walked).allSatisfy((client) -> assertThat(client.unexpected).isEmpty());
			assertThat(walked.stream().mapToInt((client) -> client.retried).sum()).as("commands retried after the kill")
				.isPositive();
			assertEveryAnsweredCommandStoredOnceAndNothingElse(database, answered);
			awaitRebuildFinished(api, rebuild.text("id"));
			assertLedgerVerifies(api);
			JsonNode consistency = consistencyCheck(api);
			assertThat(consistency.path("state").asText()).as("%s", consistency).isEqualTo("CONSISTENT");
			System.out.printf(
					"Crash convergence: %d dossiers, %d commands answered, %d retried after the kill; "
							+ "consistency check: %s over %d events, read models %s%n",
					answered.size(), answered.values().stream().mapToInt(List::size).sum(),
					walked.stream().mapToInt((client) -> client.retried).sum(), consistency.path("state").asText(),
					consistency.path("eventsReplayed").asLong(), consistency.path("readModels"));
		}
	}

	/**
	 * Per dossier, the versions answered are 0, 1, … n−1 once each, and the store holds
	 * exactly n events with those sequence numbers; no dossier is stored that no client
	 * was answered for.
	 */
	private static void assertEveryAnsweredCommandStoredOnceAndNothingElse(Map<String, Object> database,
			Map<String, List<Long>> answered) throws SQLException {
		Map<String, List<Long>> stored = new HashMap<>();
		try (Connection connection = DriverManager.getConnection((String) database.get("spring.datasource.url"),
				(String) database.get("spring.datasource.username"),
				(String) database.get("spring.datasource.password"));
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select aggregate_identifier, sequence_number from "
						+ "domain_event_entry where type = 'Dossier' order by aggregate_identifier, sequence_number")) {
			while (rows.next()) {
				stored.computeIfAbsent(rows.getString(1), (id) -> new ArrayList<>()).add(rows.getLong(2));
			}
		}
		assertThat(stored.keySet()).as("dossiers stored").containsExactlyInAnyOrderElementsOf(answered.keySet());
		answered.forEach((dossierId, versions) -> {
			List<Long> sorted = new ArrayList<>(versions);
			Collections.sort(sorted);
			List<Long> expected = new ArrayList<>();
			for (long version = 0; version < sorted.size(); version++) {
				expected.add(version);
			}
			assertThat(sorted).as("versions answered for %s", dossierId).isEqualTo(expected);
			assertThat(stored.get(dossierId)).as("events stored for %s", dossierId).isEqualTo(expected);
		});
	}

	private static void awaitRebuildFinished(LedgerApi api, String rebuildId) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		Reply rebuild = api.get("/api/admin/rebuilds/" + rebuildId);
		while (!"FINISHED".equals(rebuild.text("state")) && System.nanoTime() < deadline) {
			Thread.sleep(500);
			rebuild = api.get("/api/admin/rebuilds/" + rebuildId);
		}
		assertThat(rebuild.text("state")).as("the rebuild killed midway, resumed: %s", rebuild).isEqualTo("FINISHED");
	}

	private static void assertLedgerVerifies(LedgerApi api) {
		Reply verification = api.as(LedgerApi.INSPECTOR).post("/api/ledger/verification?purpose=crash-test", null);
		assertThat(verification.status()).as("%s", verification).isEqualTo(200);
		assertThat(verification.json().path("eventsChecked").asLong()).isPositive();
		assertThat(verification.text("outcome")).as("%s", verification).isEqualTo("CLEAN");
		assertThat(verification.text("eventStore")).endsWith("PostgreSQL");
		assertThat(verification.json().path("mismatches")).as("%s", verification).isEmpty();
		assertThat(verification.json().path("sealMismatches")).as("%s", verification).isEmpty();
	}

	private static JsonNode consistencyCheck(LedgerApi api) throws InterruptedException {
		Reply started = api.post("/api/admin/consistency-checks", null);
		assertThat(started.status()).as("%s", started).isEqualTo(202);
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			Reply report = api.get("/api/admin/consistency-checks/" + started.text("id"));
			if (!"RUNNING".equals(report.text("state"))) {
				return report.json();
			}
			Thread.sleep(1_000);
		}
		throw new AssertionError("The consistency check did not finish in " + PATIENCE);
	}

	static Role roleOf(String personId) {
		if (personId.startsWith("hn-")) {
			return Role.OFFICER;
		}
		return switch (personId) {
			case LedgerApi.INSPECTOR -> Role.INSPECTOR;
			case LedgerApi.ADMIN -> Role.ADMIN;
			default -> Role.CITIZEN;
		};
	}

	/**
	 * One client walking birth registrations — submitted, received, handed to the
	 * specialist, three opinions — each command with a key of its own, retried with that
	 * key until it gets an answer.
	 */
	private static final class Client {

		private final LedgerApi api;

		private final AtomicBoolean walking;

		private final Map<String, List<Long>> answered = new LinkedHashMap<>();

		private final List<String> unexpected = new ArrayList<>();

		private int retried;

		Client(LedgerApi api, AtomicBoolean walking) {
			this.api = api;
			this.walking = walking;
		}

		Client walk() throws InterruptedException {
			while (this.walking.get() && this.unexpected.isEmpty()) {
				Reply submitted = send("/api/dossiers", BirthRegistration.submission(null));
				if (submitted == null) {
					break;
				}
				String dossier = "/api/dossiers/" + submitted.text("dossierId");
				List<Object[]> steps = List.of(new Object[] { "/receipt", BirthRegistration.receipt() },
						new Object[] { "/transfers",
								BirthRegistration.transfer(BirthRegistration.RECEIVING_OFFICER,
										BirthRegistration.SPECIALIST, "THAM_DINH") },
						new Object[] { "/opinions", BirthRegistration.approvingOpinion() },
						new Object[] { "/opinions", BirthRegistration.approvingOpinion() },
						new Object[] { "/opinions", BirthRegistration.approvingOpinion() });
				for (Object[] step : steps) {
					if (send(dossier + step[0], step[1]) == null) {
						break;
					}
				}
			}
			return this;
		}

		/**
		 * The command's answer, retried with the same key through a crash; null if
		 * refused.
		 */
		private Reply send(String path, Object body) throws InterruptedException {
			HttpHeaders headers = new HttpHeaders();
			headers.set("Idempotency-Key", UUID.randomUUID().toString());
			long deadline = System.nanoTime() + PATIENCE.toNanos();
			boolean retry = false;
			while (System.nanoTime() < deadline) {
				try {
					Reply reply = this.api.exchange(HttpMethod.POST, path, headers, body, null);
					if (reply.status() == 200 || reply.status() == 201) {
						this.answered.computeIfAbsent(reply.text("dossierId"), (id) -> new ArrayList<>())
							.add(reply.version());
						this.retried += retry ? 1 : 0;
						return reply;
					}
					boolean inProgress = reply.status() == 409
							&& reply.text("type").endsWith("/idempotent-request-in-progress");
					if (!inProgress && reply.status() < 500) {
						this.unexpected.add(path + " " + reply);
						return null;
					}
				}
				catch (ResourceAccessException down) {
					// the process was killed, or is starting again
				}
				retry = true;
				Thread.sleep(500);
			}
			this.unexpected.add(path + ": no answer within " + PATIENCE);
			return null;
		}

	}

}
