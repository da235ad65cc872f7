package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.app.elasticsearch.ElasticsearchLauncher;

/**
 * A real Elasticsearch, run as a process of its own, stopped for {@link #OUTAGE} under
 * the running application jar while clients walk dossiers, then started again on the same
 * data directory and port: the commands are accepted throughout, the read-model admin
 * view reports the audit index's processor in error meanwhile, and, once Elasticsearch is
 * back, every processor recovers by itself, nothing is dead-lettered, the audit history
 * holds every dossier's events exactly once and the red-flag index mirrors exactly the
 * flags raised.
 */
class ElasticsearchOutageIT {

	/** How long Elasticsearch stays stopped. */
	private static final Duration OUTAGE = Duration.ofSeconds(60);

	/**
	 * How long the read models may take to catch up once Elasticsearch is back: less than
	 * Axon's own back-off, which grows to a minute.
	 */
	private static final Duration RECOVERY = Duration.ofSeconds(40);

	private static final String AUDIT_HISTORY = "audit-history";

	private static final String RED_FLAGS = "red-flags";

	private static final int CLIENTS = 2;

	/**
	 * Each client's pause between dossiers: a steady stream, few enough to check each.
	 */
	private static final Duration PACE = Duration.ofMillis(1500);

	private static final String SHORT_REJECTION_REASON = "Thiếu giấy";

	@Test
	void theIndicesCatchUpWithNothingMissingOrDoubledAfterElasticsearchWasDown() throws Exception {
		ElasticsearchLauncher.Settings elasticsearchSettings = elasticsearchSettings();
		// Started beside the application, which waits for no index.
		CompletableFuture<ElasticsearchLauncher> starting = CompletableFuture
			.supplyAsync(() -> start(elasticsearchSettings));
		ElasticsearchLauncher elasticsearch = null;
		try {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.putAll(TestIssuer.shared().properties());
			properties.put("dossier-ledger.data-dir",
					Path.of("target", "it-data", "es-outage-" + UUID.randomUUID()).toAbsolutePath());
			properties.put("dossier-ledger.elasticsearch.url", "http://127.0.0.1:" + elasticsearchSettings.port());
			properties.put("dossier-ledger.demo.enabled", "false");
			properties.put("dossier-ledger.ledger.verification.scheduled", "false");
			properties.put("dossier-ledger.red-flags.sweep-interval", "PT1S");
			try (AppJarProcess app = AppJarProcess.start(properties,
					Path.of("target", "elasticsearch-outage", "app.log"))) {
				elasticsearch = starting.join();
				LedgerApi api = LedgerApi.onPort(app.port(), TestIssuer.shared().tokens(CrashConvergenceIT::roleOf));
				ReadModelsAdminApi admin = new ReadModelsAdminApi(api);
				try (Walkers walkers = new Walkers(api)) {
					await("dossiers walked before the outage").atMost(Duration.ofSeconds(60))
						.until(() -> walkers.commandsAnswered() >= 10);
					admin.awaitAllCaughtUp(Duration.ofSeconds(60));

					elasticsearch.close();
					long outageStarted = System.nanoTime();
					int answeredBeforeOutage = walkers.commandsAnswered();
					JsonNode auditInError = awaitInError(admin, AUDIT_HISTORY);
					JsonNode redFlagsInError = awaitInError(admin, RED_FLAGS);
					Reply searchDuringOutage = api.get("/api/audit/events?size=1");
					sleepUntil(outageStarted + OUTAGE.toNanos());
					JsonNode auditAtTheEnd = admin.position(AUDIT_HISTORY);
					int answeredDuringOutage = walkers.commandsAnswered() - answeredBeforeOutage;
					walkers.stop();
					elasticsearch = start(elasticsearchSettings);
					long restarted = System.nanoTime();

					assertThat(walkers.failures()).as("commands refused or failed").isEmpty();
					assertThat(answeredDuringOutage).as("commands accepted while Elasticsearch was down").isPositive();
					assertThat(auditInError.path("caughtUp").asBoolean()).as("%s", auditInError).isFalse();
					assertThat(auditInError.path("errors").toString()).as("%s", auditInError)
						.contains("retrying a failed batch");
					assertThat(redFlagsInError.path("errors").toString()).as("%s", redFlagsInError)
						.contains("red-flag search index");
					assertThat(auditAtTheEnd.path("error").asBoolean()).as("at the end of the outage %s", auditAtTheEnd)
						.isTrue();
					assertThat(searchDuringOutage.status()).as("%s", searchDuringOutage).isEqualTo(503);
					assertThat(searchDuringOutage.contentType().toString()).contains("problem+json");
					assertThat(searchDuringOutage.text("type")).endsWith("/audit-index-unavailable");

					admin.awaitAllCaughtUp(RECOVERY);
					System.out.printf(
							"Elasticsearch outage of %d s: %d commands accepted meanwhile, %d dossiers; "
									+ "read models caught up %d s after Elasticsearch was back%n",
							OUTAGE.toSeconds(), answeredDuringOutage, walkers.dossiers().size(),
							TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restarted));
					Reply deadLetters = api.get("/api/admin/dead-letters");
					assertThat(deadLetters.status()).isEqualTo(200);
					assertThat(deadLetters.json()).as("dead letters %s", deadLetters).isEmpty();
					assertEveryEventInTheAuditHistoryOnce(api, walkers.dossiers());
					assertTheRedFlagIndexMirrorsTheFlags(api, walkers.flaggedDossiers());
				}
			}
		}
		finally {
			ElasticsearchLauncher running = (elasticsearch != null) ? elasticsearch
					: starting.exceptionally((failed) -> null).join();
			if (running != null) {
				running.close();
			}
		}
	}

	/** The read model as the admin view shows it once it reports an error. */
	private static JsonNode awaitInError(ReadModelsAdminApi admin, String processingGroup) {
		return await(processingGroup + " reported in error").atMost(OUTAGE)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> admin.position(processingGroup), (position) -> position.path("error").asBoolean());
	}

	/**
	 * Every dossier's events, sequence 0 to its version, each once, in its history and in
	 * the search; and nothing else. Awaited: Elasticsearch makes a written document
	 * searchable only at its next refresh.
	 */
	private static void assertEveryEventInTheAuditHistoryOnce(LedgerApi api, Map<String, Long> dossiers) {
		long expectedTotal = dossiers.values().stream().mapToLong((version) -> version + 1).sum();
		await("every audit document searchable").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> {
				Reply all = api.get("/api/audit/events?size=1");
				assertThat(all.status()).as("%s", all).isEqualTo(200);
				assertThat(all.json().path("total").asLong()).as("every document %s", all).isEqualTo(expectedTotal);
			});
		for (Map.Entry<String, Long> dossier : dossiers.entrySet()) {
			List<Long> expected = new ArrayList<>();
			for (long sequence = 0; sequence <= dossier.getValue(); sequence++) {
				expected.add(sequence);
			}
			Reply history = api.get("/api/dossiers/" + dossier.getKey() + "/audit");
			assertThat(history.status()).as("%s", history).isEqualTo(200);
			List<Long> sequences = new ArrayList<>();
			history.json().path("events").forEach((event) -> sequences.add(event.path("sequence").asLong()));
			assertThat(sequences).as("audit history of %s", dossier.getKey()).isEqualTo(expected);
		}
	}

	/** The flags in the index are exactly those of the database, F2 on each rejection. */
	private static void assertTheRedFlagIndexMirrorsTheFlags(LedgerApi api, Set<String> flaggedDossiers) {
		List<JsonNode> listed = allPages(api, "/api/red-flags?rule=F2");
		Set<String> flagged = new HashSet<>();
		Set<String> flagIds = new HashSet<>();
		listed.forEach((flag) -> {
			flagged.add(flag.path("dossierId").asText());
			flagIds.add(flag.path("flagId").asText());
		});
		assertThat(flagged).isEqualTo(flaggedDossiers);
		assertThat(allPages(api, "/api/red-flags")).as("no other flag").hasSameSizeAs(listed);
		await("the red-flag index mirrors the flags").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> {
				List<String> indexed = allPages(api, "/api/red-flags/search?q=F2").stream()
					.map((flag) -> flag.path("flagId").asText())
					.toList();
				assertThat(indexed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(flagIds);
			});
	}

	/** Every item of a paged answer, page by page. */
	private static List<JsonNode> allPages(LedgerApi api, String path) {
		int size = 200;
		List<JsonNode> items = new ArrayList<>();
		for (int page = 0;; page++) {
			Reply reply = api.get(path + (path.contains("?") ? "&" : "?") + "size=" + size + "&page=" + page);
			assertThat(reply.status()).as("%s: %s", path, reply).isEqualTo(200);
			reply.json().path("items").forEach(items::add);
			if (reply.json().path("items").size() < size) {
				return items;
			}
		}
	}

	private static ElasticsearchLauncher.Settings elasticsearchSettings() throws IOException {
		String distribution = System.getProperty("dossier-ledger.elasticsearch.embedded.home");
		assertThat(distribution).as("the distribution, passed by failsafe").isNotNull();
		// In the temporary directory, which user es reaches wherever the clone is.
		Path instance = Files.createTempDirectory("dossier-ledger-es-outage-");
		return new ElasticsearchLauncher.Settings(Path.of(distribution), null, instance, freePort(), "512m",
				Duration.ofSeconds(120));
	}

	/** A server on the settings' port and instance directory, hence on its old data. */
	private static ElasticsearchLauncher start(ElasticsearchLauncher.Settings settings) {
		ElasticsearchLauncher launcher = new ElasticsearchLauncher(settings);
		assertThat(launcher.start()).as("Elasticsearch started; see the log").isPresent();
		return launcher;
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long left = nanoTime - System.nanoTime();
		if (left > 0) {
			TimeUnit.NANOSECONDS.sleep(left);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Clients walking birth registrations until stopped: each submitted, received and
	 * handed to the specialist, every third one rejected at intake with a reason too
	 * short to be one (red flag F2).
	 */
	private static final class Walkers implements AutoCloseable {

		private final AtomicBoolean walking = new AtomicBoolean(true);

		private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);

		private final List<Future<?>> clients = new ArrayList<>();

		private final Map<String, Long> versions = new ConcurrentHashMap<>();

		private final Set<String> rejected = ConcurrentHashMap.newKeySet();

		private final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

		private final AtomicInteger answered = new AtomicInteger();

		private final AtomicInteger walked = new AtomicInteger();

		Walkers(LedgerApi api) {
			for (int client = 0; client < CLIENTS; client++) {
				this.clients.add(this.pool.submit(() -> walk(api)));
			}
		}

		private void walk(LedgerApi api) {
			while (this.walking.get() && this.failures.isEmpty()) {
				try {
					DossierWalk walk = DossierWalk.submit(api);
					record(walk);
					if (this.walked.incrementAndGet() % 3 == 0) {
						Reply rejection = api.post(walk.path("/intake-rejection"),
								Map.of("actingOfficerId", BirthRegistration.RECEIVING_OFFICER, "reason",
										SHORT_REJECTION_REASON, "legalBasis", "Nghị định 123/2015/NĐ-CP"),
								walk.version());
						assertThat(rejection.status()).as("intake rejection %s", rejection).isEqualTo(200);
						this.versions.put(walk.dossierId(), rejection.version());
						this.rejected.add(walk.dossierId());
						this.answered.incrementAndGet();
						Thread.sleep(PACE.toMillis());
						continue;
					}
					record(walk.receive());
					record(walk.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST,
							"THAM_DINH"));
					Thread.sleep(PACE.toMillis());
				}
				catch (AssertionError | RuntimeException failure) {
					this.failures.add(failure.toString());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		private void record(DossierWalk walk) {
			this.versions.put(walk.dossierId(), walk.version());
			this.answered.incrementAndGet();
		}

		int commandsAnswered() {
			return this.answered.get();
		}

		void stop() throws Exception {
			this.walking.set(false);
			this.pool.shutdown();
			assertThat(this.pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			for (Future<?> client : this.clients) {
				client.get();
			}
		}

		@Override
		public void close() {
			this.walking.set(false);
			this.pool.shutdownNow();
		}

		List<String> failures() {
			return this.failures;
		}

		/** The last version answered, per dossier. */
		Map<String, Long> dossiers() {
			return Map.copyOf(this.versions);
		}

		Set<String> flaggedDossiers() {
			return Set.copyOf(this.rejected);
		}

	}

}
