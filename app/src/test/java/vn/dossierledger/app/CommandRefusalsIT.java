package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * Every kind of refusal of the command API over HTTP: problem+json naming what was wrong,
 * and nothing stored.
 */
class CommandRefusalsIT extends SharedLedgerTest {

	@Test
	void refusesAMalformedSubmissionListingEachBadField() {
		Map<String, Object> submission = BirthRegistration.submission(null);
		submission.put("procedureCode", " ");
		submission.remove("applicant");
		submission.put("documents", List.of(Map.of("componentCode", "TO_KHAI", "name", "Tờ khai", "copyType",
				"ELECTRONIC", "sha256", "NOT-A-HASH")));

		Reply refused = refusedWithoutStoring(400,
				() -> api().as(BirthRegistration.RECEIVING_OFFICER).post("/api/dossiers", submission));

		assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("procedureCode",
				"applicant", "documents[0].sha256");
	}

	@Test
	void refusesABodyThatIsNoJson() {
		Reply refused = refusedWithoutStoring(400,
				() -> api().as(BirthRegistration.RECEIVING_OFFICER).post("/api/dossiers", "{\"procedureCode\": "));

		assertThat(refused.text("type")).endsWith("/invalid-request");
	}

	@Test
	void refusesAValueThatDoesNotFitItsFieldNamingTheField() {
		Map<String, Object> submission = BirthRegistration.submission(null);
		submission.put("channel", "CARRIER_PIGEON");

		Reply refused = refusedWithoutStoring(400, () -> api().post("/api/dossiers", submission));

		assertThat(refused.text("type")).endsWith("/invalid-request");
		assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("channel");
	}

	@Test
	void refusesAnIllegalTransitionNamingTheCurrentStatus() {
		DossierWalk submitted = DossierWalk.submit(api());

		Reply refused = refusedWithoutStoring(409,
				() -> api().post(submitted.path("/delivery"), BirthRegistration.delivery(), submitted.version()));

		assertThat(refused.text("rule")).isEqualTo("ILLEGAL_TRANSITION");
		assertThat(refused.text("currentStatus")).isEqualTo("SUBMITTED");
	}

	@Test
	void refusesAnIntakeRejectionWithoutAReasonNamingTheRule() {
		DossierWalk submitted = DossierWalk.submit(api());

		Reply refused = refusedWithoutStoring(422, () -> api().post(submitted.path("/intake-rejection"),
				BirthRegistration.intakeRejectionWithoutReason(), submitted.version()));

		assertThat(refused.text("rule")).isEqualTo("REASON_AND_LEGAL_BASIS_REQUIRED");
		assertThat(refused.text("currentStatus")).isEqualTo("SUBMITTED");
	}

	@Test
	void refusesAnIntakeRejectionWhoseLegalBasisCitesNothingNamingTheRule() {
		DossierWalk submitted = DossierWalk.submit(api());

		Reply refused = refusedWithoutStoring(422,
				() -> api()
					.post(submitted.path("/intake-rejection"),
							Map.of("actingOfficerId", BirthRegistration.RECEIVING_OFFICER, "reason",
									"Tờ khai chưa có chữ ký của người đi khai", "legalBasis", "x"),
							submitted.version()));

		assertThat(refused.text("rule")).isEqualTo("LEGAL_BASIS_NOT_A_CITATION");
		assertThat(refused.text("detail")).contains("cite a legal document");
	}

	@Test
	void refusesACommandSentWithAStaleIfMatch() {
		DossierWalk received = DossierWalk.submit(api()).receive();
		long staleVersion = received.version() - 1;

		Reply refused = refusedWithoutStoring(409, () -> api().post(received.path("/transfers"), BirthRegistration
			.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH"), staleVersion));

		assertThat(refused.text("type")).endsWith("/stale-version");
		assertThat(refused.json().path("expectedVersion").asLong()).isEqualTo(staleVersion);
		assertThat(refused.json().path("actualVersion").asLong()).isEqualTo(received.version());
	}

	@Test
	void refusesAStaleIfMatchBeforeAnyBusinessRule() {
		DossierWalk transferred = DossierWalk.submit(api())
			.receive()
			.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
		long staleVersion = transferred.version() - 1;

		// The desk officer no longer holds the dossier (HOLDER_ONLY), but the stale
		// version
		// is what the sender must learn first.
		Reply refused = refusedWithoutStoring(409,
				() -> api().post(transferred.path("/transfers"), BirthRegistration
					.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.APPROVING_LEADER, "TRINH_KY"),
						staleVersion));

		assertThat(refused.text("type")).endsWith("/stale-version");
		assertThat(refused.json().path("expectedVersion").asLong()).isEqualTo(staleVersion);
		assertThat(refused.json().path("actualVersion").asLong()).isEqualTo(transferred.version());
	}

	@Test
	void answersNotFoundForAnUnknownDossier() {
		String unknown = UUID.randomUUID().toString();

		Reply refused = refusedWithoutStoring(404,
				() -> api().post("/api/dossiers/" + unknown + "/receipt", BirthRegistration.receipt()));

		assertThat(refused.text("type")).endsWith("/dossier-not-found");
		assertThat(refused.text("dossierId")).isEqualTo(unknown);
	}

	@Test
	void refusesASecondDossierWithTheSameCode() {
		String dossierCode = "IT-" + UUID.randomUUID().toString().substring(0, 8);
		Reply first = api().post("/api/dossiers", BirthRegistration.submission(dossierCode));
		assertThat(first.status()).as("first submission %s", first).isEqualTo(201);
		assertThat(first.text("dossierCode")).isEqualTo(dossierCode);

		Reply refused = refusedWithoutStoring(409,
				() -> api().post("/api/dossiers", BirthRegistration.submission(dossierCode)));

		assertThat(refused.text("rule")).isEqualTo("DOSSIER_CODE_TAKEN");
		assertThat(refused.json().toString()).doesNotContain(first.text("dossierId"));
	}

	/**
	 * Sends a request that must be refused with the given status as problem+json, and
	 * checks that the event store holds no more events than before.
	 */
	private Reply refusedWithoutStoring(int expectedStatus, Supplier<Reply> request) {
		long eventsBefore = eventStore().eventCount();
		Reply refused = request.get();
		assertThat(refused.status()).as("refusal %s", refused).isEqualTo(expectedStatus);
		assertThat(refused.contentType()).isNotNull();
		assertThat(refused.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as("content type %s", refused.contentType())
			.isTrue();
		JsonNode problem = refused.json();
		assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
		assertThat(problem.path("detail").asText()).isNotBlank();
		assertThat(eventStore().eventCount()).as("events stored by a refused command").isEqualTo(eventsBefore);
		return refused;
	}

}
