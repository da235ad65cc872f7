package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * The consistency check against a running application of its own: an empty ledger is
 * "nothing compared", never clean (nor is its verification); a ledger whose read models
 * were built from its events is consistent; a read-model row changed behind the ledger's
 * back is reported by table, dossier and field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dossier-ledger.demo.enabled=false", "dossier-ledger.elasticsearch.embedded.enabled=false",
				"dossier-ledger.ledger.verification.scheduled=false", "dossier-ledger.signature.demo-ca.enabled=true" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Closed after: a paused context's Axon configuration does not start again.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsistencyCheckIT {

	private static final String CHECKS = "/api/admin/consistency-checks";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
		Path directory = Files
			.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "consistency-")
			.toAbsolutePath();
		registry.add("dossier-ledger.data-dir", directory::toString);
	}

	@Test
	@Order(1)
	void anEmptyLedgerIsNothingComparedNotConsistent() throws InterruptedException {
		JsonNode report = checked();
		Reply verification = api().as(LedgerApi.INSPECTOR).post("/api/ledger/verification", null);

		assertThat(report.path("state").asText()).as("%s", report).isEqualTo("NOTHING_COMPARED");
		assertThat(report.path("eventsReplayed").asLong()).isZero();
		assertThat(verification.text("outcome")).as("%s", verification).isEqualTo("NOTHING_CHECKED");
		assertThat(verification.text("eventStore")).isEqualTo("JPA event store table domain_event_entry on H2");
	}

	@Test
	@Order(2)
	void readModelsBuiltFromTheLedgerAreConsistentWithAReplay() throws InterruptedException {
		DossierWalk.submit(api()).receive().processUntilResultIssued();
		DossierWalk.submit(api()).receive();

		JsonNode report = checked();

		assertThat(report.path("state").asText()).as("%s", report).isEqualTo("CONSISTENT");
		assertThat(report.path("eventsReplayed").asLong()).isPositive();
		assertThat(report.path("eventStore").asText()).isEqualTo("JPA event store on H2");
		assertThat(report.path("readModels").findValuesAsText("table")).contains("dossier_status", "control_sheet");
		assertThat(report.path("readModels"))
			.allSatisfy((table) -> assertThat(table.path("liveRows").asLong()).as("%s", table)
				.isEqualTo(table.path("replayedRows").asLong()));
		assertThat(report.path("notCompared")).isNotEmpty();
	}

	@Test
	@Order(3)
	void reportsARowChangedBehindTheLedgersBackByTableDossierAndField() throws InterruptedException {
		DossierWalk walk = DossierWalk.submit(api()).receive();
		new ReadModelsAdminApi(api()).awaitAllCaughtUp(Duration.ofSeconds(30));
		String label = this.jdbc.queryForObject("select status_label from dossier_status where dossier_id = ?",
				String.class, walk.dossierId());
		this.jdbc.update("update dossier_status set status_label = 'Đã xử lý xong' where dossier_id = ?",
				walk.dossierId());
		try {
			JsonNode report = checked();

			assertThat(report.path("state").asText()).as("%s", report).isEqualTo("DIFFERENT");
			assertThat(report.path("differenceCount").asLong()).isEqualTo(1);
			JsonNode difference = report.path("differences").path(0);
			assertThat(difference.path("table").asText()).isEqualTo("dossier_status");
			assertThat(difference.path("dossierId").asText()).isEqualTo(walk.dossierId());
			assertThat(difference.path("field").asText()).isEqualTo("status_label");
			assertThat(difference.path("live").asText()).isEqualTo("Đã xử lý xong");
			assertThat(difference.path("replayed").asText()).isEqualTo(label);
		}
		finally {
			this.jdbc.update("update dossier_status set status_label = ? where dossier_id = ?", label,
					walk.dossierId());
		}
	}

	@Test
	@Order(4)
	void onlyTheAdminRunsChecksAndAnUnknownOneIsAProblem() {
		Reply byAnInspector = api().as(LedgerApi.INSPECTOR).post(CHECKS, null);
		Reply unknown = api().get(CHECKS + "/no-such-check");

		assertThat(byAnInspector.status()).isEqualTo(403);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType().toString()).isEqualTo("application/problem+json");
	}

	/** Starts a check as the admin and waits for its report. */
	private JsonNode checked() throws InterruptedException {
		Reply started = api().post(CHECKS, null);
		assertThat(started.status()).as("%s", started).isEqualTo(202);
		assertThat(started.text("state")).isEqualTo("RUNNING");
		String path = CHECKS + "/" + started.text("id");
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			Reply report = api().get(path);
			assertThat(report.status()).as("%s", report).isEqualTo(200);
			if (!"RUNNING".equals(report.text("state"))) {
				return report.json();
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The check did not finish in 3 minutes");
	}

	private LedgerApi api() {
		return LedgerApi.onPort(this.port);
	}

}
