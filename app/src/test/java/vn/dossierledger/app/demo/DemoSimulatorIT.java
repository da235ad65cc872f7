package vn.dossierledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dossierledger.app.DossierLedgerApplication;

/**
 * Starts the application with the demo profile on an empty H2 file, lets the simulator
 * seed a small province through the real command path, and reads what the event store
 * holds; then starts it again on the same data and checks that nothing is seeded twice.
 */
class DemoSimulatorIT {

	private static final String EVENTS = "vn.dossierledger.events.dossier.";

	private static final Duration SEEDING_TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path dataDirectory;

	@Test
	void seedsAnEmptyLedgerThroughTheCommandPathOnceAndOnlyOnce() throws Exception {
		Map<String, Long> firstRun;
		Instant startedAt = Instant.now();
		try (ConfigurableApplicationContext context = start()) {
			DemoProvinceSimulator simulator = context.getBean(DemoProvinceSimulator.class);
			assertThat(simulator.awaitFinished(SEEDING_TIMEOUT)).as("seeding finished").isTrue();
			SeedingReport report = simulator.lastReport();
			assertThat(report).as("this start seeded").isNotNull();
			assertThat(report.commandsSent()).isGreaterThan(500);
			assertThat(report.commandsRefused()).as("most commands pass every rule")
				.isLessThan(report.commandsSent() / 10);

			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			firstRun = eventsByType(jdbc);
			assertThat(firstRun).containsKeys(EVENTS + "DossierSubmittedEvent", EVENTS + "DossierReceivedEvent",
					EVENTS + "DossierTransferredEvent", EVENTS + "OpinionRecordedEvent", EVENTS + "DecisionSignedEvent",
					EVENTS + "ResultIssuedEvent", EVENTS + "ResultDeliveredEvent", EVENTS + "SatisfactionRatedEvent",
					EVENTS + "IntakeRejectedEvent", EVENTS + "IntakeSupplementRequestedEvent",
					EVENTS + "SupplementSubmittedEvent", EVENTS + "ProcessingStoppedEvent",
					EVENTS + "WithdrawalAcceptedEvent", EVENTS + "ApologyIssuedEvent",
					EVENTS + "SupplementRequestedEvent", EVENTS + "SupplementReceivedEvent",
					EVENTS + "FinancialObligationRequestedEvent", EVENTS + "PaymentSucceededEvent");
			assertThat(firstRun.get(EVENTS + "DossierSubmittedEvent")).isEqualTo(300L);

			SimulationWindow window = simulator.window();
			assertThat(window.end()).isBetween(startedAt, Instant.now());
			List<Map<String, Object>> stamps = jdbc
				.queryForList("select payload_type, time_stamp from domain_event_entry");
			// The statutory clock's events are dated at the instant they mark.
			stamps.stream()
				.filter((row) -> !row.get("PAYLOAD_TYPE").equals(EVENTS + "DueDateMissedEvent")
						&& !row.get("PAYLOAD_TYPE").equals(EVENTS + "HoldingLimitExceededEvent"))
				.forEach((row) -> assertThat(Instant.parse((String) row.get("TIME_STAMP")))
					.as("business time of a %s", row.get("PAYLOAD_TYPE"))
					.isBetween(window.start(), window.end()));

			assertThat(context.getBean(Clock.class).instant()).as("the clock reads real time after seeding")
				.isAfterOrEqualTo(window.end());
			// The scheduler was resumed: overdue open dossiers, and dossiers still parked
			// with an officer past their holding limit, are recorded by the real deadline
			// path.
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(eventsByType(jdbc)).containsKeys(EVENTS + "DueDateMissedEvent",
						EVENTS + "HoldingLimitExceededEvent"));
			firstRun = eventsByType(jdbc);

			// The read models saw every event although timestamps lie in the past
			// (event-store
			// gaps are kept for the simulated window): each received dossier is received
			// in the
			// status and statistics models, and nothing was dead-lettered.
			long received = firstRun.get(EVENTS + "DossierReceivedEvent");
			await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
				assertThat(count(jdbc, "select count(*) from dossier_status where received_at is not null"))
					.isEqualTo(received);
				assertThat(count(jdbc, "select count(*) from stat_dossier_fact where received_at is not null"))
					.isEqualTo(received);
			});
			assertThat(count(jdbc, "select count(*) from dead_letter_entry")).isZero();
			// Late and parked dossiers are flagged from those events.
			await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
				assertThat(count(jdbc, "select count(*) from red_flag where rule_id = 'F4'")).isPositive();
				assertThat(count(jdbc, "select count(*) from red_flag where rule_id = 'F6'")).isPositive();
			});
		}

		try (ConfigurableApplicationContext context = start()) {
			DemoProvinceSimulator simulator = context.getBean(DemoProvinceSimulator.class);
			assertThat(simulator.awaitFinished(Duration.ofSeconds(30))).isTrue();
			assertThat(simulator.lastReport()).as("a restart does not seed").isNull();
			Map<String, Long> secondRun = eventsByType(context.getBean(JdbcTemplate.class));
			assertThat(secondRun.get(EVENTS + "DossierSubmittedEvent"))
				.isEqualTo(firstRun.get(EVENTS + "DossierSubmittedEvent"));
			assertThat(context.getBean(Clock.class).instant()).isAfterOrEqualTo(startedAt);
		}
	}

	/**
	 * Arguments, not builder properties: those are defaults that application.yml
	 * overrides.
	 */
	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DossierLedgerApplication.class).profiles("demo")
			.run("--dossier-ledger.data-dir=" + this.dataDirectory, "--server.port=0",
					"--dossier-ledger.demo.dossiers=300", "--dossier-ledger.demo.days=10",
					"--dossier-ledger.demo.seed=20261", "--db-scheduler.polling-interval=1s");
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	private static Map<String, Long> eventsByType(JdbcTemplate jdbc) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.queryForList("select payload_type, count(*) as events from domain_event_entry group by payload_type")
			.forEach((row) -> counts.put((String) row.get("PAYLOAD_TYPE"), ((Number) row.get("EVENTS")).longValue()));
		return counts;
	}

}
