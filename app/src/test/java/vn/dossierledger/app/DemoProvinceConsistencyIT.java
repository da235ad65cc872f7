package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.app.demo.DemoSeeding;

/**
 * The demo province as an acceptance run sees it: the status view and the 766 statistics
 * agree on which dossiers were late, no dossier they count on time is flagged late
 * without an apology (F4), and a full rebuild gives back every read model row for row,
 * every red flag included.
 */
class DemoProvinceConsistencyIT {

	private static final Duration CATCH_UP = Duration.ofMinutes(3);

	@TempDir
	Path dataDirectory;

	/**
	 * The demo's lookups file names dossiers as their receipts do: the listed secret
	 * finds the dossier, a wrong one does not, and the listed applicant sees it among
	 * theirs.
	 */
	private void aListedDossierIsFoundWithItsSecretAndItsApplicantSeesIt(LedgerApplication application) {
		List<String> lines;
		try {
			lines = Files.readAllLines(this.dataDirectory.resolve("demo-lookups.csv"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(lines).hasSize(21).first().isEqualTo("dossierCode,lookupSecret,applicant,procedureCode,scenario");
		String[] listed = lines.get(1).split(",");
		HttpHeaders secret = new HttpHeaders();
		secret.add("X-Lookup-Secret", listed[1]);
		await("the listed dossier in the status read model").atMost(CATCH_UP)
			.until(() -> application.api()
				.anonymous()
				.exchange(HttpMethod.GET, "/api/status/" + listed[0], secret, null, null)
				.status() == 200);
		HttpHeaders wrong = new HttpHeaders();
		wrong.add("X-Lookup-Secret", listed[1] + "0");
		assertThat(application.api()
			.anonymous()
			.exchange(HttpMethod.GET, "/api/status/" + listed[0], wrong, null, null)
			.status()).isEqualTo(404);
		assertThat(application.api().as(listed[2]).get("/api/citizens/" + listed[2] + "/dossiers").json().path("items"))
			.anySatisfy((item) -> assertThat(item.path("dossierCode").asText()).isEqualTo(listed[0]));
	}

	@Test
	void theReadModelsAgreeOnLatenessAndARebuildReproducesThem() throws InterruptedException {
		Map<String, Object> properties = Map.of("spring.profiles.active", "demo", "dossier-ledger.demo.enabled", true,
				"dossier-ledger.demo.dossiers", 400, "dossier-ledger.demo.days", 10, "dossier-ledger.demo.seed", 766,
				"db-scheduler.polling-interval", "1s", "dossier-ledger.data-dir", this.dataDirectory.toString());
		try (LedgerApplication application = LedgerApplication.start(properties)) {
			assertThat(DemoSeeding.awaitFinished(application.context(), CATCH_UP)).isPositive();
			aListedDossierIsFoundWithItsSecretAndItsApplicantSeesIt(application);
			JdbcTemplate jdbc = application.eventStore().jdbc();
			await("every deadline that has passed fired").atMost(CATCH_UP)
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> jdbc.queryForObject(
						"select count(*) from scheduled_tasks where task_name = 'AxonDeadline' and execution_time <= ?",
						Long.class, Timestamp.from(Instant.now())) == 0);
			// Holding limits and due dates still ahead would fire while the rebuild runs:
			// the ledger stays as it is from here.
			application.bean(Scheduler.class).orElseThrow().pause();
			ReadModelsAdminApi admin = new ReadModelsAdminApi(application.api());
			admin.awaitAllCaughtUp(CATCH_UP);

			assertThat(jdbc.queryForObject("select count(*) from stat_dossier_fact where closed_on_time = false",
					Long.class))
				.as("the province has late-closed dossiers to judge")
				.isPositive();
			assertThat(jdbc.queryForList("select f.dossier_id from stat_dossier_fact f join dossier_status s"
					+ " on s.dossier_id = f.dossier_id where f.closed_on_time is not null"
					+ " and (s.closed_on_time is null or s.closed_on_time <> f.closed_on_time"
					+ " or s.overdue = f.closed_on_time)", String.class))
				.as("closed dossiers whose status view disagrees with the 766 verdict")
				.isEmpty();
			assertThat(jdbc.queryForObject("select count(*) from red_flag where rule_id = 'F4'", Long.class))
				.as("the province has late dossiers without an apology")
				.isPositive();
			assertThat(jdbc.queryForList("select r.dossier_id from red_flag r join stat_dossier_fact f"
					+ " on f.dossier_id = r.dossier_id where r.rule_id = 'F4' and f.closed_at is not null"
					+ " and (f.closed_on_time is null or f.closed_on_time)", String.class))
				.as("F4 (late without apology) on closed dossiers the 766 statistics count on time")
				.isEmpty();
			List<String> live = ReadModelTables.rows(jdbc);
			Reply rebuild = application.api().post("/api/admin/read-models/rebuild", null);
			assertThat(rebuild.status()).as("%s", rebuild).isEqualTo(202);
			admin.awaitAllCaughtUp(CATCH_UP);
			await("the rebuilt read models").atMost(CATCH_UP)
				.pollInterval(Duration.ofMillis(500))
				.untilAsserted(() -> assertThat(ReadModelTables.rows(jdbc)).isEqualTo(live));
		}
	}

}
