package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
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
import vn.dossierledger.app.elasticsearch.ElasticsearchTestServer;
import vn.dossierledger.projection.redflag.RedFlagMirror;
import vn.dossierledger.projection.search.SearchIndexNames;

/**
 * The consistency check against a running application of its own, with the shared real
 * Elasticsearch: an empty ledger is "nothing compared", never clean (nor is its
 * verification); a ledger whose read models and search indices were built from its events
 * is consistent; a read-model row, an audit document changed or a red-flag document
 * deleted behind the ledger's back is reported by table (index), row (document), dossier
 * and field. No scratch index outlives a check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dossier-ledger.demo.enabled=false", "dossier-ledger.elasticsearch.embedded.enabled=false",
				"dossier-ledger.ledger.verification.scheduled=false", "dossier-ledger.signature.demo-ca.enabled=true" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Closed after: a paused context's Axon configuration does not start again.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsistencyCheckIT {

	private static final String CHECKS = "/api/admin/consistency-checks";

	/** The live application's indices: unprefixed, as in production. */
	private static final SearchIndexNames LIVE = new SearchIndexNames("");

	private static final SearchIndexNames SCRATCH = new SearchIndexNames("consistency-scratch-");

	private static final ElasticsearchClient elasticsearch = ElasticsearchTestServer.client();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RedFlagMirror redFlagMirror;

	@DynamicPropertySource
	static void dataDirectoryAndElasticsearch(DynamicPropertyRegistry registry) throws IOException {
		Path directory = Files
			.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "consistency-")
			.toAbsolutePath();
		registry.add("dossier-ledger.data-dir", directory::toString);
		registry.add("dossier-ledger.elasticsearch.url", () -> ElasticsearchTestServer.url().toString());
	}

	/** Fresh indices: other tests on the shared server may have left theirs. */
	@BeforeAll
	static void deleteLeftIndices() throws IOException {
		for (SearchIndexNames names : List.of(LIVE, SCRATCH)) {
			List<String> left = names.owned(indices(names.wildcard()));
			if (!left.isEmpty()) {
				elasticsearch.indices().delete((delete) -> delete.index(left));
			}
		}
	}

	@Test
	@Order(1)
	void anEmptyLedgerIsNothingComparedNotConsistent() throws InterruptedException, IOException {
		JsonNode report = checked();
		Reply verification = api().as(LedgerApi.INSPECTOR).post("/api/ledger/verification", null);

		assertThat(report.path("state").asText()).as("%s", report).isEqualTo("NOTHING_COMPARED");
		assertThat(report.path("eventsReplayed").asLong()).isZero();
		assertThat(table(report, "audit-history").path("liveRows").asLong()).isZero();
		assertThat(table(report, "red-flags").path("replayedRows").asLong()).isZero();
		assertThat(verification.text("outcome")).as("%s", verification).isEqualTo("NOTHING_CHECKED");
		assertThat(verification.text("eventStore")).isEqualTo("JPA event store table domain_event_entry on H2");
	}

	@Test
	@Order(2)
	void readModelsBuiltFromTheLedgerAreConsistentWithAReplay() throws InterruptedException, IOException {
		DossierWalk.submit(api()).receive().processUntilResultIssued();
		DossierWalk.submit(api()).receive();
		refusedWithAReasonlessReason();
		// What a check killed before it cleaned up leaves: the next one starts afresh.
		elasticsearch.indices()
			.create((create) -> create.index("consistency-scratch-red-flags-v2")
				.aliases("consistency-scratch-red-flags", (alias) -> alias));
		elasticsearch.index((index) -> index.index("consistency-scratch-red-flags-v2")
			.id("F2-left-behind")
			.document(Map.of("flagId", "F2-left-behind"))
			.refresh(Refresh.True));

		JsonNode report = checked();

		assertThat(report.path("state").asText()).as("%s", report).isEqualTo("CONSISTENT");
		assertThat(report.path("eventsReplayed").asLong()).isPositive();
		assertThat(report.path("eventStore").asText()).isEqualTo("JPA event store on H2");
		assertThat(report.path("readModels").findValuesAsText("table")).contains("dossier_status", "control_sheet",
				"audit-history", "red-flags");
		assertThat(report.path("readModels"))
			.allSatisfy((table) -> assertThat(table.path("liveRows").asLong()).as("%s", table)
				.isEqualTo(table.path("replayedRows").asLong()));
		assertThat(table(report, "audit-history").path("liveRows").asLong()).as("one document per dossier event")
			.isEqualTo(this.jdbc.queryForObject(
					"select count(*) from domain_event_entry where payload_type like "
							+ "'vn.dossierledger.events.dossier.%' and global_index <= ?",
					Long.class, report.path("head").asLong()));
		assertThat(table(report, "red-flags").path("liveRows").asLong()).as("one document per flag")
			.isPositive()
			.isEqualTo(this.jdbc.queryForObject("select count(*) from red_flag", Long.class));
		assertThat(report.path("notCompared")).isNotEmpty();
		assertThat(report.path("notCompared").toString()).contains("_source is compared field by field");
	}

	@Test
	@Order(3)
	void reportsARowChangedBehindTheLedgersBackByTableDossierAndField() throws InterruptedException, IOException {
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
	void reportsAnAuditDocumentChangedBehindTheLedgersBackByIndexDocumentDossierAndField()
			throws InterruptedException, IOException {
		DossierWalk walk = DossierWalk.submit(api()).receive();
		new ReadModelsAdminApi(api()).awaitAllCaughtUp(Duration.ofSeconds(30));
		elasticsearch.indices().refresh((refresh) -> refresh.index("audit-history"));
		Hit<ObjectNode> received = elasticsearch
			.search((search) -> search.index("audit-history")
				.query((query) -> query.term((term) -> term.field("dossierId").value(walk.dossierId())))
				.sort((sort) -> sort.field((field) -> field.field("sequence").order(SortOrder.Desc)))
				.size(1), ObjectNode.class)
			.hits()
			.hits()
			.get(0);
		String label = received.source().path("statusLabel").asText();
		updateAuditDocument(received, "Đã xử lý xong");
		try {
			JsonNode report = checked();

			assertThat(report.path("state").asText()).as("%s", report).isEqualTo("DIFFERENT");
			assertThat(report.path("differenceCount").asLong()).isEqualTo(1);
			assertThat(table(report, "audit-history").path("differences").asLong()).isEqualTo(1);
			JsonNode difference = report.path("differences").path(0);
			assertThat(difference.path("table").asText()).isEqualTo("audit-history");
			assertThat(difference.path("key").asText()).isEqualTo(received.id());
			assertThat(difference.path("dossierId").asText()).isEqualTo(walk.dossierId());
			assertThat(difference.path("field").asText()).isEqualTo("statusLabel");
			assertThat(difference.path("live").asText()).isEqualTo("\"Đã xử lý xong\"");
			assertThat(difference.path("replayed").asText()).isEqualTo("\"" + label + "\"");
		}
		finally {
			updateAuditDocument(received, label);
		}
	}

	@Test
	@Order(5)
	void reportsARedFlagDocumentDeletedBehindTheLedgersBackByIndexAndDocument()
			throws InterruptedException, IOException {
		DossierWalk refused = refusedWithAReasonlessReason();
		String flagId = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForList("select flag_id from red_flag where dossier_id = ? and rule_id = 'F2'",
					String.class, refused.dossierId()), (flags) -> flags.size() == 1)
			.get(0);
		this.redFlagMirror.pushToIndex();
		elasticsearch.indices().refresh((refresh) -> refresh.index("red-flags"));
		ObjectNode mirrored = elasticsearch.get((get) -> get.index("red-flags-v2").id(flagId), ObjectNode.class)
			.source();
		assertThat(mirrored).as("flag %s in the index", flagId).isNotNull();
		elasticsearch.delete((delete) -> delete.index("red-flags-v2").id(flagId));
		try {
			JsonNode report = checked();

			assertThat(report.path("state").asText()).as("%s", report).isEqualTo("DIFFERENT");
			assertThat(report.path("differenceCount").asLong()).isEqualTo(1);
			JsonNode redFlags = table(report, "red-flags");
			assertThat(redFlags.path("liveRows").asLong() + 1).isEqualTo(redFlags.path("replayedRows").asLong());
			JsonNode difference = report.path("differences").path(0);
			assertThat(difference.path("table").asText()).isEqualTo("red-flags");
			assertThat(difference.path("key").asText()).isEqualTo(flagId);
			assertThat(difference.path("dossierId").asText()).isEqualTo(refused.dossierId());
			assertThat(difference.hasNonNull("field")).isFalse();
			assertThat(difference.hasNonNull("live")).isFalse();
			assertThat(difference.path("replayed").asText()).contains("\"flagId\":\"" + flagId + "\"");
		}
		finally {
			elasticsearch.index((index) -> index.index("red-flags-v2").id(flagId).document(mirrored));
		}
	}

	@Test
	@Order(6)
	void onlyTheAdminRunsChecksAndAnUnknownOneIsAProblem() {
		Reply byAnInspector = api().as(LedgerApi.INSPECTOR).post(CHECKS, null);
		Reply unknown = api().get(CHECKS + "/no-such-check");

		assertThat(byAnInspector.status()).isEqualTo(403);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType().toString()).isEqualTo("application/problem+json");
	}

	/**
	 * Starts a check as the admin and waits for its report; by then the scratch indices
	 * are gone.
	 */
	private JsonNode checked() throws InterruptedException, IOException {
		Reply started = api().post(CHECKS, null);
		assertThat(started.status()).as("%s", started).isEqualTo(202);
		assertThat(started.text("state")).isEqualTo("RUNNING");
		String path = CHECKS + "/" + started.text("id");
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			Reply report = api().get(path);
			assertThat(report.status()).as("%s", report).isEqualTo(200);
			if (!"RUNNING".equals(report.text("state"))) {
				assertThat(indices("consistency-scratch-*")).as("scratch indices after the check").isEmpty();
				return report.json();
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The check did not finish in 3 minutes");
	}

	/** An intake refusal with a reason short of F2's minimum: a red flag. */
	private DossierWalk refusedWithAReasonlessReason() {
		DossierWalk refused = DossierWalk.submit(api());
		Reply reply = api().post(refused.path("/intake-rejection"), Map.of("actingOfficerId",
				BirthRegistration.RECEIVING_OFFICER, "reason", "Thiếu giấy", "legalBasis", "Nghị định 123/2015/NĐ-CP"));
		assertThat(reply.status()).as("intake rejection %s", reply).isEqualTo(200);
		return refused;
	}

	private static void updateAuditDocument(Hit<ObjectNode> document, String statusLabel) throws IOException {
		elasticsearch.update((update) -> update.index(document.index())
			.id(document.id())
			.doc(Map.of("statusLabel", statusLabel))
			.refresh(Refresh.True), ObjectNode.class);
	}

	private static JsonNode table(JsonNode report, String table) {
		for (JsonNode compared : report.path("readModels")) {
			if (table.equals(compared.path("table").asText())) {
				return compared;
			}
		}
		throw new AssertionError("No read model " + table + " in " + report);
	}

	private static Set<String> indices(String wildcard) throws IOException {
		return elasticsearch.indices()
			.get((get) -> get.index(wildcard).ignoreUnavailable(true).allowNoIndices(true))
			.result()
			.keySet();
	}

	private LedgerApi api() {
		return LedgerApi.onPort(this.port);
	}

}
