package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * Red flags seen through the query API for dossiers driven through the command API: a
 * second supplement request (F1) and an intake refusal with a minimal reason (F2). The
 * time-based F4 and F6 need the statutory clock's deadlines to fire: ReadModelReplayIT
 * moves the business clock for them. Rebuilt from the event store, the red-flags model
 * gives back every row of its tables.
 */
class RedFlagsIT extends SharedLedgerTest {

	@Test
	void repeatedSupplementAndReasonlessRefusalAreFlagged() {
		DossierWalk supplemented = supplementedTwice();

		DossierWalk refused = DossierWalk.submit(api());
		// Ten characters: enough for the aggregate, short of F2's twenty.
		command(refused, "/intake-rejection", Map.of("actingOfficerId", BirthRegistration.RECEIVING_OFFICER, "reason",
				"Thiếu giấy", "legalBasis", "Nghị định 123/2015/NĐ-CP"));

		JsonNode repeated = awaitFlag(supplemented, "F1");
		assertThat(repeated.path("evidenceEventIds")).hasSize(2);
		assertThat(repeated.path("score").asDouble()).isEqualTo(0.5);
		assertThat(repeated.path("officerIds").get(0).asText()).isEqualTo(BirthRegistration.SPECIALIST);
		assertThat(repeated.path("open").asBoolean()).isTrue();

		JsonNode reasonless = awaitFlag(refused, "F2");
		assertThat(reasonless.path("score").asDouble()).isEqualTo(0.75);
		assertThat(reasonless.path("description").asText()).contains("Thiếu giấy");

		Reply detail = get("/api/red-flags/" + repeated.path("flagId").asText());
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.json().path("evidence").findValuesAsText("eventType"))
			.containsExactly("SupplementRequestedEvent", "SupplementRequestedEvent");
		assertThat(detail.json().path("evidence").findValuesAsText("actorId"))
			.containsOnly(BirthRegistration.SPECIALIST);

		Reply byOfficer = get("/api/red-flags?officerId=" + BirthRegistration.SPECIALIST + "&rule=F1&size=200");
		assertThat(byOfficer.json().path("items").findValuesAsText("flagId"))
			.contains(repeated.path("flagId").asText());
		assertThat(byOfficer.json().path("countsPerRule").path("F1").asLong()).isPositive();
		assertThat(byOfficer.json().path("countsPerRule").has("F2")).isFalse();

		Reply unknown = get("/api/red-flags/F1-unknown");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();

		// This shared context runs without Elasticsearch: search says so.
		Reply search = get("/api/red-flags/search?q=bo%20sung");
		assertThat(search.status()).isEqualTo(503);
		assertThat(search.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
	}

	@Test
	void rebuildingTheRedFlagsGivesBackEveryRowOfTheirTables() {
		DossierWalk supplemented = supplementedTwice();
		awaitFlag(supplemented, "F1");
		ReadModelsAdminApi admin = new ReadModelsAdminApi(api());
		admin.awaitAllCaughtUp(Duration.ofSeconds(60));
		List<String> live = redFlagRows();
		assertThat(live).anyMatch((row) -> row.startsWith("red_flag\t"))
			.anyMatch((row) -> row.startsWith("red_flag_dossier\t"))
			.anyMatch((row) -> row.startsWith("red_flag_event\t"));

		Reply rebuild = api().post("/api/admin/read-models/red-flags/rebuild", null);

		assertThat(rebuild.status()).as("rebuild %s", rebuild).isEqualTo(202);
		admin.awaitAllCaughtUp(Duration.ofSeconds(60));
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(redFlagRows()).isEqualTo(live));
	}

	/** The three tables of the red-flags model, whole: no rule and no column left out. */
	private List<String> redFlagRows() {
		return ReadModelTables.rows(eventStore().jdbc())
			.stream()
			.filter((row) -> row.startsWith("red_flag\t") || row.startsWith("red_flag_"))
			.toList();
	}

	private static Map<String, Object> supplementRequest(String overrideReason) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("actingOfficerId", BirthRegistration.SPECIALIST);
		body.put("items", List.of(Map.of("componentCode", "GIAY_CHUNG_SINH", "issue", "Bản chụp mờ, không đọc được")));
		body.put("reason", "Giấy chứng sinh không đọc được, đề nghị nộp bản rõ");
		body.put("legalBasis", "Nghị định 123/2015/NĐ-CP");
		body.put("approvedByOfficerId", BirthRegistration.APPROVING_LEADER);
		if (overrideReason != null) {
			body.put("overrideReason", overrideReason);
		}
		return body;
	}

	private void command(DossierWalk walk, String command, Object body) {
		Reply reply = api().post(walk.path(command), body);
		assertThat(reply.status()).as("%s answered %s", command, reply).isEqualTo(200);
	}

	private JsonNode awaitFlag(DossierWalk walk, String rule) {
		Reply reply = await().atMost(Duration.ofSeconds(30))
			.until(() -> get("/api/red-flags?dossierId=" + walk.dossierId() + "&rule=" + rule),
					(answer) -> answer.status() == 200 && answer.json().path("items").size() == 1);
		JsonNode flag = reply.json().path("items").get(0);
		assertThat(flag.path("ruleId").asText()).isEqualTo(rule);
		assertThat(flag.path("dossierCode").asText()).isEqualTo(walk.dossierCode());
		assertThat(flag.path("agencyId").asText()).isEqualTo("hn-phk");
		assertThat(reply.json().path("countsPerRule").path(rule).asLong()).isOne();
		return flag;
	}

	private Reply get(String path) {
		return api().exchange(HttpMethod.GET, path, null, null, null);
	}

	/**
	 * A dossier whose specialist asks for a second supplement with a thin override (F1).
	 */
	private DossierWalk supplementedTwice() {
		DossierWalk supplemented = DossierWalk.submit(api())
			.receive()
			.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
		command(supplemented, "/supplement-requests", supplementRequest(null));
		command(supplemented, "/supplements",
				Map.of("actingOfficerId", BirthRegistration.RECEIVING_OFFICER, "documents", List.of()));
		command(supplemented, "/supplement-requests",
				supplementRequest("Giấy chứng sinh bổ sung vẫn không đọc được số hiệu"));
		return supplemented;
	}

}
