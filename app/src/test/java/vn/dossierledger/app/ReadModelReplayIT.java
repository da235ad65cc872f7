package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * Rebuilding every read model from the event store gives exactly the models that were
 * built live: several dossiers walk different paths through the command API, every JPA
 * read-model table is snapshotted, everything is rebuilt through the admin endpoint, and
 * the tables are compared row by row.
 */
class ReadModelReplayIT extends SharedLedgerTest {

	private static final Logger log = LoggerFactory.getLogger(ReadModelReplayIT.class);

	private static final Duration CATCH_UP = Duration.ofSeconds(60);

	private static final String LEDGER_SEALS = "ledger-seals";

	@Test
	void rebuildingEveryReadModelReproducesTheLiveOnes() {
		walkDossiersThroughDifferentPaths();
		ReadModelsAdminApi admin = new ReadModelsAdminApi(api());
		admin.awaitAllCaughtUp(CATCH_UP);
		List<String> live = ReadModelTables.rows(eventStore().jdbc());
		assertThat(live.stream().map((row) -> row.substring(0, row.indexOf('\t'))).distinct())
			.contains("dossier_status", "control_sheet", "control_sheet_row", "stat_dossier_fact");
		assertThat(live).filteredOn((row) -> row.startsWith("dossier_status\t")).hasSizeGreaterThanOrEqualTo(6);

		long events = eventStore().eventCount();
		long started = System.nanoTime();
		Reply rebuild = api().post("/api/admin/read-models/rebuild", null);
		assertThat(rebuild.status()).as("rebuild %s", rebuild).isEqualTo(202);
		List<String> rebuilt = new ArrayList<>();
		rebuild.json().forEach((group) -> rebuilt.add(group.path("processingGroup").asText()));
		assertThat(rebuilt)
			.containsExactlyInAnyOrderElementsOf(
					admin.processingGroups().stream().filter((group) -> !group.equals(LEDGER_SEALS)).toList())
			.contains("dossier-status", "control-sheet", "performance-statistics")
			.doesNotContain("unique-claims");
		admin.awaitAllCaughtUp(CATCH_UP);
		// Other cached test contexts share this database and may hold a segment of a
		// group:
		// their part of the rebuild completes on their own schedule.
		await().atMost(CATCH_UP)
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(ReadModelTables.rows(eventStore().jdbc())).isEqualTo(live));
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Full rebuild of {} read models over {} events took {} ms", rebuilt.size(), events, took.toMillis());
		log.info("Rebuild throughput: {} events/s per read model, {} events/s in all",
				Math.round(events / seconds(took)), Math.round(events * rebuilt.size() / seconds(took)));
	}

	@Test
	void rebuildingAnUnknownOrSubscribingGroupIsNotFound() {
		for (String group : List.of("no-such-read-model", "unique-claims")) {
			Reply reply = api().post("/api/admin/read-models/" + group + "/rebuild", null);
			assertThat(reply.status()).as("%s", reply).isEqualTo(404);
			assertThat(reply.contentType().toString()).startsWith("application/problem+json");
			assertThat(reply.text("processingGroup")).isEqualTo(group);
		}
	}

	/** Seals are published history: the ledger's own processor is never reset. */
	@Test
	void theLedgerSealsAreNeverRebuilt() {
		Reply reply = api().post("/api/admin/read-models/" + LEDGER_SEALS + "/rebuild", null);

		assertThat(reply.status()).as("%s", reply).isEqualTo(409);
		assertThat(reply.contentType().toString()).startsWith("application/problem+json");
	}

	/**
	 * A full walk with a rating, an intake supplement, a processing-stage supplement, a
	 * withdrawal, an intake rejection and a stop: every read model sees each kind of
	 * event.
	 */
	private void walkDossiersThroughDifferentPaths() {
		LedgerApi api = api();
		DossierWalk.submit(api).receive().processUntilResultIssued().deliver().rate();

		DossierWalk intakeSupplement = DossierWalk.submit(api);
		command(intakeSupplement, "/intake-supplement-requests",
				Map.of("actingOfficerId", BirthRegistration.RECEIVING_OFFICER, "items",
						List.of(Map.of("componentCode", "GIAY_CHUNG_SINH", "issue", "Bản chụp mờ, không đọc được")),
						"reason", "Giấy chứng sinh không đọc được", "legalBasis", "Nghị định 118/2025/NĐ-CP"));
		command(intakeSupplement, "/intake-supplements", Map.of("submittedBy", BirthRegistration.APPLICANT, "documents",
				((Map<?, ?>) BirthRegistration.submission(null)).get("documents")));
		command(intakeSupplement, "/receipt", BirthRegistration.receipt());

		DossierWalk processingSupplement = DossierWalk.submit(api)
			.receive()
			.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
		command(processingSupplement, "/supplement-requests",
				Map.of("actingOfficerId", BirthRegistration.SPECIALIST, "items",
						List.of(Map.of("componentCode", "TO_KHAI", "issue", "Thiếu chữ ký người đi khai")), "reason",
						"Tờ khai chưa có chữ ký của người đi khai", "legalBasis", "Luật Hộ tịch 2014",
						"approvedByOfficerId", BirthRegistration.APPROVING_LEADER));
		command(processingSupplement, "/supplements", Map.of("actingOfficerId", BirthRegistration.RECEIVING_OFFICER))
			.approveAndIssueResult();

		DossierWalk withdrawn = DossierWalk.submit(api).receive();
		command(withdrawn, "/withdrawal-request",
				Map.of("requestedBy", BirthRegistration.APPLICANT, "reason", "Đã đăng ký ở nơi khác"));
		command(withdrawn, "/withdrawal", Map.of("actingOfficerId", BirthRegistration.RECEIVING_OFFICER));

		command(DossierWalk.submit(api), "/intake-rejection",
				Map.of("actingOfficerId", BirthRegistration.RECEIVING_OFFICER, "reason",
						"Không thuộc thẩm quyền đăng ký của phường", "legalBasis", "Luật Hộ tịch 2014, Điều 13"));

		DossierWalk stopped = DossierWalk.submit(api)
			.receive()
			.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
		command(stopped, "/stop", Map.of("actingOfficerId", BirthRegistration.APPROVING_LEADER, "reason",
				"Người yêu cầu không đủ điều kiện đăng ký", "legalBasis", "Luật Hộ tịch 2014, Điều 16"));
	}

	/**
	 * A command off the walk's happy path, sent without If-Match.
	 * @return the walk, resumed at the version the command produced
	 */
	private DossierWalk command(DossierWalk walk, String command, Object body) {
		Reply reply = api().post(walk.path(command), body);
		assertThat(reply.status()).as("%s answered %s", command, reply).isEqualTo(200);
		return DossierWalk.resume(api(), walk.dossierId(), reply.version());
	}

	private static double seconds(Duration duration) {
		return Math.max(duration.toNanos(), 1) / 1e9;
	}

}
