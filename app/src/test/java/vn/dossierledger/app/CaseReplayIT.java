package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * Case replay over HTTP for a birth registration walked through the command API until its
 * result is issued: the history from the event store, the state at a sequence number and
 * at a moment, and the difference between two points.
 */
class CaseReplayIT extends SharedLedgerTest {

	private String dossierId;

	@BeforeEach
	void walkADossierUntilItsResultIsIssued() {
		this.dossierId = DossierWalk.submit(api()).receive().processUntilResultIssued().dossierId();
	}

	@Test
	void historyListsEveryEventWithActorTimesChainValueStateAfterAndChanges() {
		JsonNode history = get("/history").json();

		List<JsonNode> steps = elements(history.path("steps"));
		assertThat(steps).extracting((step) -> step.path("type").asText())
			.containsExactly("DossierSubmittedEvent", "DossierReceivedEvent", "DossierTransferredEvent",
					"OpinionRecordedEvent", "DossierTransferredEvent", "DecisionSignedEvent", "DossierTransferredEvent",
					"ResultIssuedEvent");
		assertThat(steps).extracting((step) -> step.path("sequence").asLong())
			.containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(steps).allSatisfy((step) -> {
			assertThat(step.path("chainHash").asText()).matches("[0-9a-f]{64}");
			assertThat(step.path("occurredAt").asText()).isNotBlank();
			assertThat(step.path("recordedAt").asText()).isNotBlank();
		});
		JsonNode receipt = steps.get(1);
		assertThat(receipt.path("actor").path("id").asText()).isEqualTo(BirthRegistration.RECEIVING_OFFICER);
		assertThat(receipt.path("actor").path("role").asText()).isEqualTo("RECEIVING_OFFICER");
		assertThat(receipt.path("actor").path("unitId").asText()).isNotBlank();
		assertThat(receipt.path("stateAfter").path("status").asText()).isEqualTo("RECEIVED");
		assertThat(elements(receipt.path("changes"))).extracting((change) -> change.path("field").asText())
			.contains("status", "holder", "dueAt");
		JsonNode toSpecialist = steps.get(2);
		assertThat(toSpecialist.path("stateAfter").path("holder").path("officerId").asText())
			.isEqualTo(BirthRegistration.SPECIALIST);
		assertThat(steps.get(7).path("stateAfter").path("status").asText()).isEqualTo("RESOLVED");
		assertThat(elements(history.path("workingTimeByHolder"))).extracting((held) -> held.path("officerId").asText())
			.containsExactly(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST,
					BirthRegistration.APPROVING_LEADER, BirthRegistration.CLERK);
	}

	@Test
	void reconstructsTheDossierAsOfASequenceNumberOrAMoment() {
		Reply afterReceipt = get("/as-of?sequence=1");
		assertThat(afterReceipt.status()).isEqualTo(200);
		assertThat(afterReceipt.json().path("state").path("status").asText()).isEqualTo("RECEIVED");
		assertThat(afterReceipt.json().path("state").path("decisionSigned").asBoolean()).isFalse();

		String signedAt = elements(get("/history").json().path("steps")).get(5).path("occurredAt").asText();
		Reply atSigning = get("/as-of?at=" + signedAt);
		assertThat(atSigning.status()).isEqualTo(200);
		assertThat(atSigning.json().path("sequence").asLong()).isGreaterThanOrEqualTo(5);
		assertThat(atSigning.json().path("state").path("decisionSigned").asBoolean()).isTrue();
	}

	@Test
	void diffsTwoPointsFieldByField() {
		JsonNode diff = get("/diff?from=1&to=7").json();

		assertThat(elements(diff.path("changes")))
			.extracting((change) -> change.path("field").asText() + ": " + change.path("before").asText() + " -> "
					+ change.path("after").asText())
			.contains("status: RECEIVED -> RESOLVED", "decisionSigned: false -> true",
					"lastRecommendation: null -> APPROVE");
	}

	@Test
	void answersProblemJson404ForAnUnknownDossierOrPoint() {
		Reply unknown = api().exchange(HttpMethod.GET, "/api/dossiers/no-such-dossier/history", null, null, null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(unknown.text("dossierId")).isEqualTo("no-such-dossier");

		assertThat(get("/as-of?sequence=99").status()).isEqualTo(404);
		assertThat(get("/as-of").status()).isEqualTo(400);
	}

	private Reply get(String path) {
		return api().exchange(HttpMethod.GET, "/api/dossiers/" + this.dossierId + path, null, null, null);
	}

	private static List<JsonNode> elements(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

}
