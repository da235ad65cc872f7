package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dossierledger.app.EventStoreRows.StoredEvent;
import vn.dossierledger.app.LedgerApi.Reply;

/**
 * Rebuilding every read model from the event store gives exactly the models that were
 * built live, red flags included: several dossiers walk different paths through the
 * command API, two of them received a month ago with the deadline scheduler paused, so
 * that their missed due dates and holding limits fire once it resumes (F4 and F6 through
 * the real deadline path); every read-model table is snapshotted, everything is rebuilt
 * through the admin endpoint, and the tables are compared row by row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadModelReplayIT {

	private static final Logger log = LoggerFactory.getLogger(ReadModelReplayIT.class);

	private static final Duration CATCH_UP = Duration.ofSeconds(60);

	private static final String LEDGER_SEALS = "ledger-seals";

	private final ShiftedClock businessClock = new ShiftedClock(Duration.ofDays(30).negated());

	private LedgerApplication application;

	@BeforeAll
	void start() throws IOException {
		Path dataDirectory = Files
			.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "read-model-replay-")
			.toAbsolutePath();
		this.application = LedgerApplication.startWithDeadlinesPaused(
				Map.of("dossier-ledger.data-dir", dataDirectory.toString(), "db-scheduler.polling-interval", "1s",
						"dossier-ledger.red-flags.sweep-interval", "PT0.5S"),
				this.businessClock);
	}

	@AfterAll
	void close() {
		if (this.application != null) {
			this.application.close();
		}
	}

	@Test
	@Order(1)
	void theStatutoryClocksEventsRaiseLateAndParkedFlagsForDossiersLeftWithTheSpecialist() {
		LedgerApi api = api();
		// A month ago: received and handed to the specialist, who keeps them.
		DossierWalk parked = DossierWalk.submit(api)
			.receive()
			.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
		DossierWalk handedOnLate = DossierWalk.submit(api)
			.receive()
			.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
		this.businessClock.readRealTime();
		// A month past their due dates on the business clock, but nothing recorded says
		// so yet: no flag, however often the red-flag job runs.
		new ReadModelsAdminApi(api()).awaitAllCaughtUp(CATCH_UP);
		for (String rule : List.of("F4", "F6")) {
			await("no " + rule + " before the statutory clock records one").during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(10))
				.until(() -> api().get("/api/red-flags?dossierId=" + parked.dossierId() + "&rule=" + rule)
					.json()
					.path("items")
					.isEmpty());
		}
		this.application.bean(Scheduler.class).orElseThrow().resume();

		for (DossierWalk walk : List.of(parked, handedOnLate)) {
			await("the statutory clock's events of " + walk.dossierId()).atMost(CATCH_UP)
				.untilAsserted(
						() -> assertThat(eventStore().eventsOf(walk.dossierId())).extracting(StoredEvent::simpleType)
							.contains("HoldingLimitExceededEvent", "DueDateMissedEvent")
							.hasSize(5));
		}
		String limitEvent = eventStore().jdbc()
			.queryForObject("select event_identifier from domain_event_entry where aggregate_identifier = ?"
					+ " and payload_type like '%HoldingLimitExceededEvent'", String.class, parked.dossierId());
		DossierWalk.resume(api, handedOnLate.dossierId(), 4)
			.transfer(BirthRegistration.SPECIALIST, BirthRegistration.APPROVING_LEADER, "TRINH_KY");

		JsonNode parkedFlag = awaitFlag(parked, "F6", true);
		assertThat(parkedFlag.path("officerIds").get(0).asText()).isEqualTo(BirthRegistration.SPECIALIST);
		assertThat(parkedFlag.path("evidenceEventIds").toString()).contains(limitEvent);
		assertThat(Instant.parse(parkedFlag.path("raisedAt").asText()))
			.isBefore(Instant.now().minus(Duration.ofDays(20)));
		JsonNode lateFlag = awaitFlag(parked, "F4", true);
		assertThat(lateFlag.path("officerIds").get(0).asText()).isEqualTo(BirthRegistration.SPECIALIST);
		awaitFlag(handedOnLate, "F6", false);
		awaitFlag(handedOnLate, "F4", true);
	}

	@Test
	@Order(2)
	void rebuildingEveryReadModelReproducesTheLiveOnes() {
		walkDossiersThroughDifferentPaths();
		ReadModelsAdminApi admin = new ReadModelsAdminApi(api());
		admin.awaitAllCaughtUp(CATCH_UP);
		List<String> live = ReadModelTables.rows(eventStore().jdbc());
		assertThat(live.stream().map((row) -> row.substring(0, row.indexOf('\t'))).distinct())
			.contains("dossier_status", "control_sheet", "control_sheet_row", "stat_dossier_fact", "red_flag");
		assertThat(live).filteredOn((row) -> row.startsWith("dossier_status\t")).hasSizeGreaterThanOrEqualTo(8);
		assertThat(live).as("time-based flags are compared like every other row")
			.anyMatch((row) -> row.startsWith("red_flag\t") && row.contains("rule_id=F4"))
			.anyMatch((row) -> row.startsWith("red_flag\t") && row.contains("rule_id=F6"));

		long events = eventStore().eventCount();
		long started = System.nanoTime();
		Reply rebuild = api().post("/api/admin/read-models/rebuild", null);
		assertThat(rebuild.status()).as("rebuild %s", rebuild).isEqualTo(202);
		List<String> rebuilt = new ArrayList<>();
		rebuild.json().path("groups").forEach((group) -> rebuilt.add(group.path("processingGroup").asText()));
		assertThat(rebuilt)
			.containsExactlyInAnyOrderElementsOf(
					admin.processingGroups().stream().filter((group) -> !group.equals(LEDGER_SEALS)).toList())
			.contains("dossier-status", "control-sheet", "performance-statistics", "red-flags")
			.doesNotContain("unique-claims");
		admin.awaitAllCaughtUp(CATCH_UP);
		await().atMost(CATCH_UP)
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(ReadModelTables.rows(eventStore().jdbc())).isEqualTo(live));
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Full rebuild of {} read models over {} events took {} ms", rebuilt.size(), events, took.toMillis());
		log.info("Rebuild throughput: {} events/s per read model, {} events/s in all",
				Math.round(events / seconds(took)), Math.round(events * rebuilt.size() / seconds(took)));
	}

	@Test
	@Order(3)
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
	@Order(4)
	void theLedgerSealsAreNeverRebuilt() {
		Reply reply = api().post("/api/admin/read-models/" + LEDGER_SEALS + "/rebuild", null);

		assertThat(reply.status()).as("%s", reply).isEqualTo(409);
		assertThat(reply.contentType().toString()).startsWith("application/problem+json");
	}

	private LedgerApi api() {
		return this.application.api();
	}

	private EventStoreRows eventStore() {
		return this.application.eventStore();
	}

	/**
	 * The dossier's one flag of the rule, once the red-flags model shows it open or
	 * closed.
	 */
	private JsonNode awaitFlag(DossierWalk walk, String rule, boolean open) {
		Reply reply = await("flag " + rule + " of " + walk.dossierId()).atMost(CATCH_UP)
			.until(() -> api().get("/api/red-flags?dossierId=" + walk.dossierId() + "&rule=" + rule),
					(answer) -> answer.status() == 200 && answer.json().path("items").size() == 1
							&& answer.json().path("items").get(0).path("open").asBoolean() == open);
		return reply.json().path("items").get(0);
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
