package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.app.StoredLedger.StoredRow;
import vn.dossierledger.app.demo.DemoSeeding;
import vn.dossierledger.app.elasticsearch.ElasticsearchTestServer;
import vn.dossierledger.events.dossier.DossierEvent;

/**
 * Writes a {@link StoredLedger} fixture with the release checked out: a tool, run by hand
 * before an upgrade, never by CI. Starts of the application on one store:
 * <ol>
 * <li>the demo province (a small one, every kind of dossier), a refund, the overdue
 * dossiers' deadlines fired, every read model caught up, everything sealed;
 * <li>a dossier received 30 days ago by the business clock with the deadline scheduler
 * paused, and a restart on real time that fires its deadline (the small province may end
 * with no open dossier overdue);
 * <li>{@value StoredLedger#PART_WAY_GROUP} stopped, a business clock 30 days back and the
 * scheduler paused: dossiers received whose deadlines have passed but not fired, one
 * walked to its issued result; evidence bundles exported, every event rendered; the store
 * is copied into the fixture here;
 * <li>the stopped read model catches up; every read model and the audit index rendered.
 * </ol>
 * <p>
 * {@code ./mvnw -pl app -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=StoredLedgerFixtureWriter -Dfixture.directory=<absolute directory>}; for
 * PostgreSQL add {@code -Dfixture.postgres.database=<empty database>} (and
 * {@code -Dfixture.postgres.host/port/user/password}), which {@code pg_dump} from the
 * PATH dumps.
 */
class StoredLedgerFixtureWriter {

	private static final Logger log = LoggerFactory.getLogger(StoredLedgerFixtureWriter.class);

	private static final Duration CATCH_UP = Duration.ofMinutes(3);

	private static final Duration THIRTY_DAYS = Duration.ofDays(30);

	private static final String RELEASE = "Spring Boot 3.5.16, Axon Framework 4.12.2";

	private final Path fixture = Path.of(System.getProperty("fixture.directory", "target/stored-ledger"))
		.toAbsolutePath();

	private final String postgresDatabase = System.getProperty("fixture.postgres.database");

	@Test
	void writesTheFixture() throws Exception {
		Path dataDirectory = Files.createTempDirectory("stored-ledger-");
		Files.createDirectories(this.fixture);
		URI elasticsearch = ElasticsearchTestServer.url();
		Map<String, Object> store = storeProperties(dataDirectory, elasticsearch);

		seedTheDemoProvince(store);
		missADueDate(store);
		StoredLedger.Facts facts = addDossiersWhileOneReadModelIsStopped(store);
		copyTheStore(dataDirectory);
		renderTheCaughtUpReadModels(store, elasticsearch);
		facts.write(this.fixture);
		log.info("Stored-ledger fixture written to {}", this.fixture);
	}

	private Map<String, Object> storeProperties(Path dataDirectory, URI elasticsearch) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("dossier-ledger.data-dir", dataDirectory.toString());
		properties.put("dossier-ledger.elasticsearch.url", elasticsearch);
		properties.put("dossier-ledger.ledger.seal.block-size", 16);
		properties.put("dossier-ledger.ledger.seal.block-interval", "PT1S");
		if (this.postgresDatabase != null) {
			properties.put("spring.datasource.url", "jdbc:postgresql://" + postgres("host", "localhost") + ":"
					+ postgres("port", "5432") + "/" + this.postgresDatabase);
			properties.put("spring.datasource.username", postgres("user", "postgres"));
			properties.put("spring.datasource.password", postgres("password", "postgres"));
			properties.put("spring.profiles.active", profiles());
		}
		return properties;
	}

	private static String postgres(String setting, String byDefault) {
		return System.getProperty("fixture.postgres." + setting, byDefault);
	}

	private String profiles(String... more) {
		List<String> profiles = new ArrayList<>();
		if (this.postgresDatabase != null) {
			profiles.add("postgres");
		}
		profiles.addAll(Arrays.asList(more));
		return String.join(",", profiles);
	}

	/**
	 * First start: the demo province, a refund, deadlines fired, all caught up and
	 * sealed.
	 */
	private void seedTheDemoProvince(Map<String, Object> store) throws InterruptedException {
		Map<String, Object> properties = new HashMap<>(store);
		properties.put("spring.profiles.active", profiles("demo"));
		properties.put("dossier-ledger.demo.enabled", true);
		properties.put("dossier-ledger.demo.dossiers", 120);
		properties.put("dossier-ledger.demo.days", 5);
		properties.put("dossier-ledger.demo.seed", 20261207);
		properties.put("db-scheduler.polling-interval", "1s");
		try (LedgerApplication application = LedgerApplication.start(properties)) {
			assertThat(DemoSeeding.awaitFinished(application.context(), CATCH_UP)).isPositive();
			refundAPayment(application);
			JdbcTemplate jdbc = application.eventStore().jdbc();
			await("every deadline that has passed fired").atMost(CATCH_UP)
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> jdbc.queryForObject(
						"select count(*) from scheduled_tasks where task_name = 'AxonDeadline' and execution_time <= ?",
						Long.class, Timestamp.from(Instant.now())) == 0);
			awaitCaughtUp(application, Set.of());
			LedgerSeals.awaitEverythingSealed(application.api(), application.eventStore());
		}
	}

	/**
	 * A deadline that fires while the business clock has not reached the due date is
	 * ignored as stale: hence the restart on real time.
	 */
	private void missADueDate(Map<String, Object> store) {
		String dossierId;
		try (LedgerApplication application = LedgerApplication.startWithDeadlinesPaused(store, thirtyDaysAgo())) {
			dossierId = DossierWalk.submit(application.api()).receive().dossierId();
		}
		Map<String, Object> properties = new HashMap<>(store);
		properties.put("db-scheduler.polling-interval", "1s");
		try (LedgerApplication application = LedgerApplication.start(properties)) {
			await("the missed due date recorded").atMost(CATCH_UP)
				.until(() -> application.eventStore()
					.eventsOf(dossierId)
					.stream()
					.anyMatch((event) -> event.simpleType().equals("DueDateMissedEvent")));
			awaitCaughtUp(application, Set.of());
			LedgerSeals.awaitEverythingSealed(application.api(), application.eventStore());
		}
	}

	/** A refund is no part of the demo: the clerk who asked for the fee refunds it. */
	private void refundAPayment(LedgerApplication application) {
		JdbcTemplate jdbc = application.eventStore().jdbc();
		StoredRow paid = StoredLedger.storedRows(jdbc)
			.stream()
			.filter((row) -> row.payloadType().endsWith(".PaymentSucceededEvent"))
			.findFirst()
			.orElseThrow();
		String transactionId = readTree(paid.payload()).path("transactionId").asText();
		String clerk = StoredLedger.storedRows(jdbc)
			.stream()
			.filter((row) -> row.aggregateId().equals(paid.aggregateId())
					&& row.payloadType().endsWith(".FinancialObligationRequestedEvent"))
			.map((row) -> readTree(row.payload()).path("actor").path("id").asText())
			.findFirst()
			.orElseThrow();
		Reply refund = application.api()
			.post("/api/dossiers/" + paid.aggregateId() + "/payments/" + transactionId + "/refund",
					Map.of("actingOfficerId", clerk, "reason", "Thu trùng lệ phí, hoàn trả cho người nộp"));
		assertThat(refund.status()).as("refund %s", refund).isEqualTo(200);
	}

	/**
	 * Second start: the part-way read model stopped, new dossiers whose deadlines wait;
	 * bundles exported and events rendered.
	 */
	private StoredLedger.Facts addDossiersWhileOneReadModelIsStopped(Map<String, Object> store) {
		try (LedgerApplication application = LedgerApplication.startWithDeadlinesPaused(store, thirtyDaysAgo())) {
			application.bean(EventProcessingConfiguration.class)
				.orElseThrow()
				.eventProcessor(StoredLedger.PART_WAY_GROUP, StreamingEventProcessor.class)
				.orElseThrow()
				.shutDown();
			LedgerApi api = application.api();
			long partWay = application.eventStore()
				.globalIndexes()
				.stream()
				.mapToLong(Long::longValue)
				.max()
				.orElseThrow();

			List<String> pending = new ArrayList<>();
			for (int dossier = 0; dossier < 3; dossier++) {
				pending.add(DossierWalk.submit(api).receive().dossierId());
			}
			DossierWalk resolved = DossierWalk.submit(api).receive().processUntilResultIssued();

			awaitCaughtUp(application, Set.of(StoredLedger.PART_WAY_GROUP));
			JsonNode latestSeal = LedgerSeals.awaitEverythingSealed(api, application.eventStore());
			JdbcTemplate jdbc = application.eventStore().jdbc();
			assertThat(jdbc.queryForObject(
					"select count(*) from scheduled_tasks where task_name = 'AxonDeadline' and execution_time <= ?",
					Long.class, Timestamp.from(Instant.now())))
				.as("deadlines passed but not fired")
				.isGreaterThanOrEqualTo(pending.size());

			List<StoredRow> rows = StoredLedger.storedRows(jdbc);
			requireEveryKindOfEvent(rows);
			StoredLedger.writeLines(this.fixture.resolve(StoredLedger.EVENTS),
					StoredLedger.renderEvents(rows, application.bean("eventSerializer", Serializer.class)));

			List<String> evidence = exportEvidence(api, rows, resolved.dossierId());
			String keyId = api.get("/api/ledger/public-key").text("keyId");
			long head = rows.get(rows.size() - 1).globalIndex();
			assertThat(partWay).isLessThan(head);
			return new StoredLedger.Facts(RELEASE, keyId, latestSeal.path("treeSize").asLong(), partWay, head, pending,
					resolved.dossierId(), resolved.version(), evidence);
		}
	}

	private static Clock thirtyDaysAgo() {
		return Clock.offset(Clock.systemUTC(), THIRTY_DAYS.negated());
	}

	/** Every kind of dossier event is in the store. */
	private static void requireEveryKindOfEvent(List<StoredRow> rows) {
		Set<String> stored = rows.stream().map(StoredRow::payloadType).collect(Collectors.toSet());
		Set<String> missing = new TreeSet<>();
		for (Class<?> kind : DossierEvent.class.getPermittedSubclasses()) {
			if (!stored.contains(kind.getName())) {
				missing.add(kind.getSimpleName());
			}
		}
		assertThat(missing).as("kinds of event missing from the fixture").isEmpty();
	}

	/**
	 * Bundles of the dossiers with the longest history, a missed due date, a refund, and
	 * the walked one.
	 */
	private List<String> exportEvidence(LedgerApi api, List<StoredRow> rows, String walked) {
		Map<String, Long> eventsPerDossier = rows.stream()
			.collect(Collectors.groupingBy(StoredRow::aggregateId, Collectors.counting()));
		List<String> dossiers = new ArrayList<>();
		dossiers.add(eventsPerDossier.entrySet()
			.stream()
			.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.orElseThrow()
			.getKey());
		for (String kind : List.of(".DueDateMissedEvent", ".PaymentRefundedEvent")) {
			rows.stream()
				.filter((row) -> row.payloadType().endsWith(kind))
				.map(StoredRow::aggregateId)
				.filter((dossier) -> !dossiers.contains(dossier))
				.findFirst()
				.ifPresent(dossiers::add);
		}
		dossiers.add(walked);
		for (String dossier : dossiers) {
			write(this.fixture.resolve(StoredLedger.EVIDENCE).resolve(dossier + ".json"),
					api.download("/api/dossiers/" + dossier + "/evidence"));
		}
		return dossiers;
	}

	/** The store as the second start left it: the fixture's database. */
	private void copyTheStore(Path dataDirectory) throws IOException, InterruptedException, SQLException {
		if (this.postgresDatabase == null) {
			// The same rows in a smaller file: H2 rewrites its pages in use and drops the
			// rest.
			try (Connection connection = DriverManager
				.getConnection("jdbc:h2:file:" + dataDirectory.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
					Statement statement = connection.createStatement()) {
				statement.execute("shutdown compact");
			}
			try (ZipOutputStream zip = new ZipOutputStream(
					Files.newOutputStream(this.fixture.resolve(StoredLedger.H2_DATABASE)))) {
				for (String file : List.of("ledger.mv.db", StoredLedger.KEY_FILE)) {
					zip.putNextEntry(new ZipEntry(file));
					Files.copy(dataDirectory.resolve(file), zip);
					zip.closeEntry();
				}
			}
			return;
		}
		Files.copy(dataDirectory.resolve(StoredLedger.KEY_FILE), this.fixture.resolve(StoredLedger.KEY_FILE));
		ProcessBuilder dump = new ProcessBuilder("pg_dump", "--no-owner", "--no-privileges", "--host",
				postgres("host", "localhost"), "--port", postgres("port", "5432"), "--username",
				postgres("user", "postgres"), "--file", this.fixture.resolve(StoredLedger.POSTGRES_DUMP).toString(),
				this.postgresDatabase)
			.inheritIO();
		dump.environment().put("PGPASSWORD", postgres("password", "postgres"));
		assertThat(dump.start().waitFor()).as("pg_dump's exit code").isZero();
	}

	/**
	 * Third start: the stopped read model catches up; then every read model is rendered.
	 */
	private void renderTheCaughtUpReadModels(Map<String, Object> store, URI elasticsearch) {
		try (LedgerApplication application = LedgerApplication.startWithDeadlinesPaused(store, thirtyDaysAgo())) {
			awaitCaughtUp(application, Set.of());
			StoredLedger.writeLines(this.fixture.resolve(StoredLedger.READ_MODELS),
					ReadModelTables.rows(application.eventStore().jdbc()));
			StoredLedger.writeLines(this.fixture.resolve(StoredLedger.AUDIT_DOCUMENTS),
					StoredLedger.auditDocuments(elasticsearch));
		}
	}

	/** Every read model but the stopped ones at the head of the store. */
	private static void awaitCaughtUp(LedgerApplication application, Set<String> stopped) {
		ReadModelsAdminApi admin = new ReadModelsAdminApi(application.api());
		await("read models at the head of the event store").atMost(CATCH_UP)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> {
				for (JsonNode readModel : admin.positions()) {
					if (!stopped.contains(readModel.path("processingGroup").asText())) {
						assertThat(readModel.path("caughtUp").asBoolean()).as("%s", readModel).isTrue();
					}
				}
			});
	}

	private static JsonNode readTree(byte[] json) {
		try {
			return StoredLedger.JSON.readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, byte[] bytes) {
		try {
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				out.write(bytes);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
