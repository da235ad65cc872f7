package vn.dossierledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dossierledger.app.DossierLedgerApplication;
import vn.dossierledger.app.EmbeddedPostgresServer;
import vn.dossierledger.projection.admin.ReadModelAdmin;
import vn.dossierledger.projection.admin.ReadModelPosition;

/**
 * The demo province seeded on the production database, PostgreSQL, over the demo's
 * default window: every read model catches up with the seeded ledger without parking a
 * single event. Two workers commit concurrently, so the event store gets global-index
 * gaps that close a moment later, on events stamped weeks in the past; with a window
 * longer than the gap timeout (the month the demo used to simulate) the read models
 * skipped such events and dead-lettered the dossiers' later ones.
 */
class DemoSeedingPostgresIT {

	@Test
	void everyReadModelTakesTheWholeSeededWindowWithoutADeadLetter() throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--dossier-ledger.demo.dossiers=100", "--dossier-ledger.demo.seed=20262",
				"--dossier-ledger.demo.threads=2", "--dossier-ledger.ledger.verification.scheduled=false"));
		Map<String, Object> database = EmbeddedPostgresServer.newDatabaseProperties();
		database.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		arguments.add("--spring.profiles.active=postgres,demo");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DossierLedgerApplication.class)
			.run(arguments.toArray(String[]::new))) {
			DemoProvinceSimulator simulator = context.getBean(DemoProvinceSimulator.class);
			assertThat(simulator.awaitFinished(Duration.ofMinutes(3))).as("seeding finished").isTrue();
			assertThat(simulator.lastReport()).as("this start seeded").isNotNull();

			ReadModelAdmin readModels = context.getBean(ReadModelAdmin.class);
			await("every read model at the head of the event store").atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(200))
				.untilAsserted(() -> assertThat(readModels.positions()).allMatch(ReadModelPosition::caughtUp));
			assertThat(readModels.positions()).extracting(ReadModelPosition::processingGroup)
				.contains("dossier-status", "control-sheet", "performance-statistics", "red-flags");
			assertThat(readModels.deadLetters(null)).as("dead letters of every read model").isEmpty();
		}
	}

}
