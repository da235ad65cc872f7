package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.client.ResourceAccessException;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.identity.Role;

/**
 * The application jar on PostgreSQL, killed with SIGKILL while clients walk dossiers,
 * again while a seal is being closed, and again while it rebuilds its read models, then
 * started again each time: every command a client got an answer for — at once or, after a
 * crash, by retrying with its {@code Idempotency-Key} — is in the ledger exactly once, no
 * event is there that no client was answered for, every dossier's sequence has no gap,
 * the statutory deadlines pending at a kill fire once after it, every seal covers its
 * events once and sealing goes on, the ledger verifies, the rebuild finishes, and every
 * read model equals a fresh replay.
 * <p>
 * The first process runs its business clock {@link #CLOCK_BEHIND} behind real time and
 * never polls its deadlines, under a calendar where every day is a working day: the birth
 * registrations it receives are due within that time, so their due dates are pending at
 * the first kill and due for the processes after it, while the criminal-record
 * certificates the clients walk are due, and held too long, only days later.
 */
@TestInstance(Lifecycle.PER_CLASS)
class CrashConvergenceIT {

	private static final int CLIENTS = 4;

	private static final int DEADLINE_DOSSIERS = 3;

	private static final Duration CLOCK_BEHIND = Duration.ofHours(24);

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	/** The db-scheduler task that Axon's DbSchedulerDeadlineManager registers. */
	private static final String AXON_DEADLINE_TASK = "AxonDeadline";

	private static final String DUE_DATE_MISSED = "vn.dossierledger.events.dossier.DueDateMissedEvent";

	private static final String HOLDING_LIMIT_EXCEEDED = "vn.dossierledger.events.dossier.HoldingLimitExceededEvent";

	private Map<String, Object> database;

	private JdbcTemplate jdbc;

	private AppJarProcess app;

	private LedgerApi api;

	private final List<String> deadlineDossiers = new ArrayList<>();

	private final Map<String, List<Long>> answered = new HashMap<>();

	private final List<Client> walked = new ArrayList<>();

	private long deadlinesPendingAtTheKill;

	private long deadlineEventsAtTheKill;

	private SealState sealsWhileOneWasClosing;

	private SealState sealsAfterTheKill;

	private String rebuildId;

	@BeforeAll
	void walkDossiersThroughKills() throws Exception {
		this.database = EmbeddedPostgresServer.newDatabaseProperties();
		this.jdbc = new JdbcTemplate(new DriverManagerDataSource((String) this.database.get("spring.datasource.url"),
				(String) this.database.get("spring.datasource.username"),
				(String) this.database.get("spring.datasource.password")));
		Path directory = Path.of("target", "crash-convergence").toAbsolutePath();
		Map<String, Object> properties = new LinkedHashMap<>(this.database);
		properties.putAll(TestIssuer.shared().properties());
		properties.put("dossier-ledger.data-dir", directory.resolve("data-" + UUID.randomUUID()));
		properties.put("dossier-ledger.demo.enabled", "false");
		properties.put("dossier-ledger.ledger.verification.scheduled", "false");
		properties.put("dossier-ledger.ledger.seal.block-size", "16");
		properties.put("dossier-ledger.ledger.seal.block-interval", "PT1S");
		properties.put("dossier-ledger.calendar.resource",
				"file:" + everyDayAWorkingDay(directory.resolve("every-day-a-working-day.yaml")));
		// A retry after the crash takes over a dead attempt's key this long after it
		// began.
		properties.put("dossier-ledger.idempotency.pending-lease", "PT5S");
		properties.put("db-scheduler.polling-interval", "1s");
		Map<String, Object> behindAndNotPolling = new LinkedHashMap<>(properties);
		behindAndNotPolling.put(BusinessClockBehind.PROPERTY, CLOCK_BEHIND);
		behindAndNotPolling.put("db-scheduler.polling-interval", "1h");

		this.app = AppJarProcess.startWithClasspathExtension(behindAndNotPolling, directory.resolve("app.log"),
				BusinessClockBehind.extensionDirectory(directory.resolve("business-clock-behind")));
		this.api = LedgerApi.onPort(this.app.port(), TestIssuer.shared().tokens(CrashConvergenceIT::roleOf));
		for (int index = 0; index < DEADLINE_DOSSIERS; index++) {
			String dossierId = DossierWalk.submit(this.api).receive().dossierId();
			this.deadlineDossiers.add(dossierId);
			this.answered.put(dossierId, new ArrayList<>(List.of(0L, 1L)));
		}
		AtomicBoolean walking = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<Client>> clients = new ArrayList<>();
		for (int index = 0; index < CLIENTS; index++) {
			clients.add(pool.submit(() -> new Client(this.api, walking).walk()));
		}
		Thread.sleep(8_000);
		this.deadlinesPendingAtTheKill = overdueDeadlineTasks();
		this.deadlineEventsAtTheKill = deadlineEvents().size();
		this.app.kill();
		this.app.startAgain(properties);

		killWhileASealIsClosing(properties);
		Thread.sleep(3_000);
		walking.set(false);
		pool.shutdown();
		assertThat(pool.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
		for (Future<Client> client : clients) {
			this.walked.add(client.get());
		}
		this.walked.forEach((client) -> client.answered.forEach((dossierId,
				versions) -> this.answered.computeIfAbsent(dossierId, (id) -> new ArrayList<>()).addAll(versions)));

		Reply rebuild = this.api.post("/api/admin/read-models/rebuild", null);
		assertThat(rebuild.status()).as("%s", rebuild).isEqualTo(202);
		this.rebuildId = rebuild.text("id");
		Thread.sleep(600);
		this.app.kill();
		this.app.startAgain();
	}

	/**
	 * Holds back the insert of the next seal with a table lock, kills the process while
	 * its sealing transaction waits on it, and starts it again.
	 */
	private void killWhileASealIsClosing(Map<String, Object> properties) throws Exception {
		try (Connection blocker = DriverManager.getConnection((String) this.database.get("spring.datasource.url"),
				(String) this.database.get("spring.datasource.username"),
				(String) this.database.get("spring.datasource.password"))) {
			blocker.setAutoCommit(false);
			try (Statement statement = blocker.createStatement()) {
				// Readers pass, writers of seals wait: the sealer gets as far as the
				// insert.
				statement.execute("lock table ledger_seal in share mode");
			}
			AtomicLong sealer = new AtomicLong();
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				List<Long> waiting = this.jdbc.queryForList(
						"select pid from pg_stat_activity"
								+ " where wait_event_type = 'Lock' and query ilike 'insert into ledger_seal (%'",
						Long.class);
				assertThat(waiting).as("a seal being closed").hasSize(1);
				sealer.set(waiting.get(0));
			});
			this.sealsWhileOneWasClosing = SealState.of(this.jdbc);
			this.app.kill();
			blocker.rollback();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.jdbc.queryForObject("select count(*) from pg_stat_activity where pid = ?", Long.class,
						sealer.get()) == 0);
		}
		this.sealsAfterTheKill = SealState.of(this.jdbc);
		this.app.startAgain(properties);
	}

	@AfterAll
	void stop() throws InterruptedException {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void everyAnsweredCommandIsStoredOnceAndNothingElse() {
		assertThat(this.walked).allSatisfy((client) -> assertThat(client.unexpected).isEmpty());
		assertThat(this.walked.stream().mapToInt((client) -> client.retried).sum())
			.as("commands retried after the kills")
			.isPositive();
		assertEveryAnsweredCommandStoredOnceAndNothingElse(this.answered);
		System.out.printf("Crash convergence: %d dossiers, %d commands answered, %d retried after a kill%n",
				this.answered.size(), this.answered.values().stream().mapToInt(List::size).sum(),
				this.walked.stream().mapToInt((client) -> client.retried).sum());
	}

	@Test
	void statutoryDeadlinesPendingAtTheKillFireOnceAfterIt() {
		assertThat(this.deadlineEventsAtTheKill).as("deadline events before the kill").isZero();
		assertThat(this.deadlinesPendingAtTheKill).as("due dates past, waiting in the database at the kill")
			.isEqualTo(DEADLINE_DOSSIERS);
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(deadlineEvents())
				.as("the due dates missed while no process polled, recorded once each after the restart")
				.containsExactlyInAnyOrderElementsOf(this.deadlineDossiers.stream()
					.map((dossierId) -> dossierId + " 2 " + DUE_DATE_MISSED)
					.toList());
			assertThat(overdueDeadlineTasks()).as("a fired deadline is done, not rescheduled").isZero();
		});
	}

	/**
	 * Deadlines whose time has come by the database's clock: at the first kill, the
	 * deadline dossiers' due dates only, since the walked dossiers fall due days later.
	 */
	private long overdueDeadlineTasks() {
		return this.jdbc.queryForObject(
				"select count(*) from scheduled_tasks where task_name = ? and execution_time < now()", Long.class,
				AXON_DEADLINE_TASK);
	}

	@Test
	void aKillWhileASealClosesLeavesNoSealHalfDoneAndSealingGoesOn() {
		assertThat(this.sealsWhileOneWasClosing.seals()).as("seals closed before the kill").isPositive();
		assertThat(this.sealsAfterTheKill).as("the seal being closed at the kill, and its leaves, rolled back")
			.isEqualTo(this.sealsWhileOneWasClosing);
		assertThat(this.sealsAfterTheKill.leaves()).as("leaves stored, as the head counts them")
			.isEqualTo(this.sealsAfterTheKill.nextLeaf());
		await().atMost(PATIENCE).untilAsserted(() -> {
			SealState seals = SealState.of(this.jdbc);
			long events = this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
			assertThat(seals.sealedLeaves()).as("every event sealed, once: %s", seals)
				.isEqualTo(seals.leaves())
				.isEqualTo(seals.distinctEvents())
				.isEqualTo(events);
			assertThat(seals.seals()).as("seals closed after the restart")
				.isGreaterThan(this.sealsAfterTheKill.seals());
		});
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from domain_event_entry e where not exists"
								+ " (select 1 from ledger_leaf l where l.event_identifier = e.event_identifier)",
						Long.class))
			.as("events left out of the leaves")
			.isZero();
		List<Map<String, Object>> seals = this.jdbc
			.queryForList("select first_leaf, leaf_count from ledger_seal order by tree_size");
		long next = 0;
		for (Map<String, Object> seal : seals) {
			assertThat(((Number) seal.get("first_leaf")).longValue()).as("seals follow each other: %s", seals)
				.isEqualTo(next);
			next += ((Number) seal.get("leaf_count")).longValue();
		}
		assertThat(next).as("leaves the seals cover").isEqualTo(SealState.of(this.jdbc).sealedLeaves());
		JsonNode verification = assertLedgerVerifies(this.api);
		assertThat(verification.path("sealsChecked").asLong()).isEqualTo(seals.size());
	}

	@Test
	void theRebuildKilledMidwayFinishesAndEveryReadModelEqualsAFreshReplay() throws InterruptedException {
		awaitRebuildFinished(this.api, this.rebuildId);
		assertLedgerVerifies(this.api);
		JsonNode consistency = consistencyCheck(this.api);
		assertThat(consistency.path("state").asText()).as("%s", consistency).isEqualTo("CONSISTENT");
		System.out.printf("Crash convergence: consistency check %s over %d events, read models %s%n",
				consistency.path("state").asText(), consistency.path("eventsReplayed").asLong(),
				consistency.path("readModels"));
	}

	/** Every event a deadline applied: dossier, sequence number, type. */
	private List<String> deadlineEvents() {
		return this.jdbc.queryForList(
				"select aggregate_identifier || ' ' || sequence_number || ' ' || payload_type"
						+ " from domain_event_entry where payload_type in (?, ?)",
				String.class, DUE_DATE_MISSED, HOLDING_LIMIT_EXCEEDED);
	}

	/**
	 * A working calendar in which every day, all day but its last minute, is working
	 * time, for this year and the years around it: due dates then lie a fixed time after
	 * a receipt, whenever the test runs.
	 */
	private static Path everyDayAWorkingDay(Path file) throws IOException {
		StringBuilder yaml = new StringBuilder(
				"version: \"EVERY-DAY\"\nzone: UTC\nofficeHours:\n  - { start: \"00:00\", end: \"23:59\" }\nyears:\n");
		int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
		for (int year = thisYear - 1; year <= thisYear + 1; year++) {
			yaml.append("  - year: ").append(year).append("\n    makeUpWorkingDays:\n");
			LocalDate.of(year, 1, 1)
				.datesUntil(LocalDate.of(year + 1, 1, 1))
				.filter((day) -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
				.forEach((weekend) -> yaml.append("      - { date: ").append(weekend).append(" }\n"));
		}
		Files.createDirectories(file.getParent());
		return Files.writeString(file, yaml);
	}

	/**
	 * Per dossier, the versions answered are 0, 1, … n−1 once each, and the store holds
	 * exactly n events of commands with those sequence numbers (and, for a deadline
	 * dossier, the deadline's event after them); no dossier is stored that no client was
	 * answered for.
	 */
	private void assertEveryAnsweredCommandStoredOnceAndNothingElse(Map<String, List<Long>> answered) {
		Map<String, List<Long>> stored = new HashMap<>();
		this.jdbc.query("select aggregate_identifier, sequence_number from domain_event_entry"
				+ " where type = 'Dossier' and payload_type not in (?, ?) order by aggregate_identifier, sequence_number",
				(row) -> {
					stored.computeIfAbsent(row.getString(1), (id) -> new ArrayList<>()).add(row.getLong(2));
				}, DUE_DATE_MISSED, HOLDING_LIMIT_EXCEEDED);
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

	private static JsonNode assertLedgerVerifies(LedgerApi api) {
		Reply verification = api.as(LedgerApi.INSPECTOR).post("/api/ledger/verification?purpose=crash-test", null);
		assertThat(verification.status()).as("%s", verification).isEqualTo(200);
		assertThat(verification.json().path("eventsChecked").asLong()).isPositive();
		assertThat(verification.text("outcome")).as("%s", verification).isEqualTo("CLEAN");
		assertThat(verification.text("eventStore")).endsWith("PostgreSQL");
		assertThat(verification.json().path("mismatches")).as("%s", verification).isEmpty();
		assertThat(verification.json().path("sealMismatches")).as("%s", verification).isEmpty();
		return verification.json();
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
	 * One client walking criminal-record certificates — submitted, received, handed to
	 * the specialist for the records search, three opinions — each command with a key of
	 * its own, retried with that key until it gets an answer.
	 */
	private static final class Client {

		private static final String STEP = "TRA_CUU_XAC_MINH";

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
			Map<String, Object> opinion = Map.of("actingOfficerId", CriminalRecordCertificate.SPECIALIST, "stepCode",
					STEP, "recommendation", "APPROVE", "note", "Không có án tích");
			while (this.walking.get() && this.unexpected.isEmpty()) {
				Reply submitted = send("/api/dossiers",
						CriminalRecordCertificate.submission("subj-lltp-" + UUID.randomUUID()));
				if (submitted == null) {
					break;
				}
				String dossier = "/api/dossiers/" + submitted.text("dossierId");
				List<Object[]> steps = List.of(
						new Object[] { "/receipt", Map.of("actingOfficerId", CriminalRecordCertificate.DESK) },
						new Object[] { "/transfers",
								Map.of("actingOfficerId", CriminalRecordCertificate.DESK, "toOfficerId",
										CriminalRecordCertificate.SPECIALIST, "stepCode", STEP) },
						new Object[] { "/opinions", opinion }, new Object[] { "/opinions", opinion },
						new Object[] { "/opinions", opinion });
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

	/**
	 * The seal tables at one moment: the head, the leaves, and the seals.
	 *
	 * @param nextLeaf the head's next leaf index
	 * @param sealedLeaves the head's count of sealed leaves
	 * @param leaves leaf rows
	 * @param distinctEvents distinct events among the leaves
	 * @param seals seal rows
	 */
	private record SealState(long nextLeaf, long sealedLeaves, long leaves, long distinctEvents, long seals) {

		static SealState of(JdbcTemplate jdbc) {
			return jdbc.queryForObject("select h.next_leaf, h.sealed_leaves,"
					+ " (select count(*) from ledger_leaf), (select count(distinct event_identifier) from ledger_leaf),"
					+ " (select count(*) from ledger_seal) from ledger_seal_head h where h.id = 1",
					(row, index) -> new SealState(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
							row.getLong(5)));
		}

	}

}
