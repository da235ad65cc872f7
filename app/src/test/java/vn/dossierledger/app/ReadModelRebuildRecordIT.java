package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.projection.admin.RebuildOperations;

/**
 * Every rebuild is a recorded operation: the admin follows it to its end, and one cut
 * short (the record a killed process leaves, written here as it would be) is shown
 * unfinished until a resumption, as at start-up, rebuilds the groups it had not reached.
 */
class ReadModelRebuildRecordIT extends SharedLedgerTest {

	private static final Duration CATCH_UP = Duration.ofSeconds(60);

	@Autowired
	private RebuildOperations rebuilds;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aRebuildIsRecordedAndFollowedToItsEndWithoutEverBeingCaughtUpWhileReplaying() {
		DossierWalk.submit(api()).receive();
		ReadModelsAdminApi admin = new ReadModelsAdminApi(api());
		admin.awaitAllCaughtUp(CATCH_UP);

		Reply rebuild = api().post("/api/admin/read-models/rebuild", null);

		assertThat(rebuild.status()).as("%s", rebuild).isEqualTo(202);
		String id = rebuild.text("id");
		assertThat(rebuild.location()).isEqualTo("/api/admin/rebuilds/" + id);
		assertThat(rebuild.text("requestedBy")).isEqualTo(LedgerApi.ADMIN);
		assertThat(groupNames(rebuild.json())).contains("dossier-status", "control-sheet", "red-flags")
			.doesNotContain("ledger-seals", "unique-claims");
		await("the rebuild finished").atMost(CATCH_UP).pollInterval(Duration.ofMillis(50)).until(() -> {
			for (JsonNode readModel : admin.positions()) {
				assertThat(readModel.path("caughtUp").asBoolean() && readModel.path("replaying").asBoolean())
					.as("caught up while replaying: %s", readModel)
					.isFalse();
			}
			return !api().get(rebuild.location()).text("state").equals("RUNNING");
		});
		Reply finished = api().get(rebuild.location());
		assertThat(finished.text("state")).as("%s", finished).isEqualTo("FINISHED");
		assertThat(finished.json().path("groups"))
			.allSatisfy((group) -> assertThat(group.path("state").asText()).as("%s", group).isEqualTo("CAUGHT_UP"));
		admin.awaitAllCaughtUp(CATCH_UP);
		assertThat(api().get("/api/admin/rebuilds").json().get(0).path("id").asText()).isEqualTo(id);

		Reply resumedWhenFinished = api().post(rebuild.location() + "/resume", null);
		assertThat(resumedWhenFinished.status()).isEqualTo(202);
		assertThat(resumedWhenFinished.text("state")).isEqualTo("FINISHED");
	}

	@Test
	void aRebuildCutShortIsShownUnfinishedAndResumingItRebuildsTheGroupsItHadNotReached() {
		DossierWalk.submit(api()).receive().processUntilResultIssued();
		ReadModelsAdminApi admin = new ReadModelsAdminApi(api());
		admin.awaitAllCaughtUp(CATCH_UP);
		List<String> live = ReadModelTables.rows(this.jdbc);
		// The process died after recording the operation and resetting its first group:
		// the others were never reached and still hold what a rebuild would correct.
		String id = UUID.randomUUID().toString();
		Timestamp asked = Timestamp.from(Instant.now());
		this.jdbc.update("insert into read_model_rebuild (rebuild_id, requested_by, requested_at, state)"
				+ " values (?, 'admin-01', ?, 'RUNNING')", id, asked);
		insertGroup(id, 0, "performance-statistics", "RESET", asked);
		insertGroup(id, 1, "dossier-status", "PENDING", asked);
		insertGroup(id, 2, "control-sheet", "PENDING", asked);
		this.jdbc.update("update dossier_status set status_label = 'stale'");
		this.jdbc.update("delete from control_sheet_row");
		assertThat(ReadModelTables.rows(this.jdbc)).isNotEqualTo(live);

		Reply interrupted = api().get("/api/admin/rebuilds/" + id);
		assertThat(interrupted.text("state")).as("%s", interrupted).isEqualTo("RUNNING");
		assertThat(interrupted.json().path("groups").findValuesAsText("state")).containsExactly("RESET", "PENDING",
				"PENDING");

		this.rebuilds.resumeUnfinished();

		await("the resumed rebuild finished").atMost(CATCH_UP)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> api().get("/api/admin/rebuilds/" + id).text("state"), (state) -> !state.equals("RUNNING"));
		Reply resumed = api().get("/api/admin/rebuilds/" + id);
		assertThat(resumed.text("state")).as("%s", resumed).isEqualTo("FINISHED");
		assertThat(resumed.json().path("groups").findValuesAsText("state")).containsOnly("CAUGHT_UP");
		assertThat(resumed.json().path("groups").get(1).path("replayTarget").asLong()).isPositive();
		await("the read models rebuilt").atMost(CATCH_UP)
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(ReadModelTables.rows(this.jdbc)).isEqualTo(live));
	}

	@Test
	void anUnknownRebuildIsANotFoundProblem() {
		Reply unknown = api().get("/api/admin/rebuilds/no-such-rebuild");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType().toString()).startsWith("application/problem+json");
		assertThat(unknown.text("rebuildId")).isEqualTo("no-such-rebuild");
		assertThat(api().post("/api/admin/rebuilds/no-such-rebuild/resume", null).status()).isEqualTo(404);
	}

	private void insertGroup(String id, int order, String group, String state, Timestamp at) {
		this.jdbc.update("insert into read_model_rebuild_group (rebuild_id, group_order, processing_group, state,"
				+ " changed_at) values (?, ?, ?, ?, ?)", id, order, group, state, at);
	}

	private static List<String> groupNames(JsonNode operation) {
		List<String> names = new ArrayList<>();
		operation.path("groups").forEach((group) -> names.add(group.path("processingGroup").asText()));
		return names;
	}

}
