package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * A citizen follows a criminal-record certificate (2.000488, which has a fee) through its
 * timeline on the running application: every step they may see in order with its date,
 * status and facts, what is expected of them while a supplement or the fee is awaited,
 * and nothing of the officers who handled it. A wrong secret is answered as an unknown
 * code.
 */
class CitizenStepsIT extends SharedLedgerTest {

	private static final String DESK = CriminalRecordCertificate.DESK;

	private static final String SPECIALIST = CriminalRecordCertificate.SPECIALIST;

	private static final String LEADER = "hn-tp-ld-01";

	private static final String CLERK = "hn-tp-vt-01";

	private static final String SPECIALIST_UNIT = "hn-stp-lltp";

	/** Within the status lookup's refill: a client asking faster would be refused. */
	private static final Duration POLL = Duration.ofMillis(300);

	private static final Duration CATCH_UP = Duration.ofSeconds(30);

	private final String applicant = "subj-steps-" + UUID.randomUUID();

	private String dossierId;

	private String dossierCode;

	private String lookupSecret;

	private final List<String> transactionIds = new ArrayList<>();

	@Test
	void aCitizenSeesEveryStepWithItsFactsAndWhatIsExpectedOfThem() {
		submit();
		assertThat(awaitLastStep("SUBMITTED").path("expected").path("supplement").isNull()).isTrue();

		command("/intake-supplement-requests",
				Map.of("actingOfficerId", DESK, "items",
						List.of(Map.of("componentCode", "GIAY_TO_TUY_THAN", "issue", "Bản chụp căn cước bị mờ")),
						"reason", "Giấy tờ tùy thân không đọc được", "legalBasis", "Nghị định 118/2025/NĐ-CP"));
		JsonNode atIntakeSupplement = awaitLastStep("INTAKE_SUPPLEMENT_REQUESTED");
		JsonNode intakeSupplement = atIntakeSupplement.path("expected").path("supplement");
		assertThat(intakeSupplement.path("reason").asText()).isEqualTo("Giấy tờ tùy thân không đọc được");
		assertThat(intakeSupplement.path("legalBasis").asText()).isEqualTo("Nghị định 118/2025/NĐ-CP");
		assertThat(intakeSupplement.path("items").get(0).path("componentCode").asText()).isEqualTo("GIAY_TO_TUY_THAN");
		assertThat(intakeSupplement.path("items").get(0).path("issue").asText()).isEqualTo("Bản chụp căn cước bị mờ");
		assertThat(atIntakeSupplement.path("expected").path("payment").isNull()).isTrue();

		command("/intake-supplements", Map.of("submittedBy", this.applicant, "documents",
				((Map<?, ?>) CriminalRecordCertificate.submission(this.applicant)).get("documents")));
		command("/receipt", Map.of("actingOfficerId", DESK));
		command("/transfers", Map.of("actingOfficerId", DESK, "toOfficerId", SPECIALIST, "stepCode", "THAM_DINH"));
		command("/supplement-requests",
				Map.of("actingOfficerId", SPECIALIST, "items",
						List.of(Map.of("componentCode", "TO_KHAI", "issue", "Thiếu chữ ký của người yêu cầu")),
						"reason", "Tờ khai chưa được ký", "legalBasis", "Luật Lý lịch tư pháp 2009, Điều 45",
						"approvedByOfficerId", LEADER));
		JsonNode processingSupplement = awaitLastStep("SUPPLEMENT_REQUESTED").path("expected").path("supplement");
		assertThat(processingSupplement.path("reason").asText()).isEqualTo("Tờ khai chưa được ký");
		assertThat(processingSupplement.path("legalBasis").asText()).isEqualTo("Luật Lý lịch tư pháp 2009, Điều 45");
		assertThat(processingSupplement.path("items").findValuesAsText("componentCode")).containsExactly("TO_KHAI");

		command("/supplements", Map.of("actingOfficerId", DESK));
		assertThat(awaitLastStep("SUPPLEMENT_RECEIVED").path("expected").path("supplement").isNull()).isTrue();
		command("/financial-obligations",
				Map.of("actingOfficerId", SPECIALIST, "fees",
						List.of(Map.of("code", "PHI_LLTP", "name", "Phí cung cấp thông tin lý lịch tư pháp", "type",
								"FEE", "amountVnd", CriminalRecordCertificate.FEE))));
		JsonNode payment = awaitLastStep("FEE_REQUESTED").path("expected").path("payment");
		assertThat(payment.path("amountDueVnd").asLong()).isEqualTo(CriminalRecordCertificate.FEE);
		assertThat(payment.path("fees")).hasSize(1);
		assertThat(payment.path("fees").get(0).path("name").asText())
			.isEqualTo("Phí cung cấp thông tin lý lịch tư pháp");
		assertThat(payment.path("fees").get(0).path("amountVnd").asLong()).isEqualTo(CriminalRecordCertificate.FEE);

		pay();
		assertThat(awaitLastStep("PAYMENT_SUCCEEDED").path("expected").path("payment").isNull()).isTrue();
		command("/opinions", Map.of("actingOfficerId", SPECIALIST, "stepCode", "THAM_DINH", "recommendation", "APPROVE",
				"note", "Không có án tích"));
		command("/transfers", Map.of("actingOfficerId", SPECIALIST, "toOfficerId", LEADER, "stepCode", "TRINH_KY"));
		signDecision();
		command("/transfers", Map.of("actingOfficerId", LEADER, "toOfficerId", CLERK, "stepCode", "BAN_HANH"));
		command("/result", Map.of("actingOfficerId", CLERK, "resultDocumentCode", "PLLTP", "issueNumber",
				"42/2026/PLLTP", "resultDocumentSha256", "e".repeat(64), "electronic", true));
		command("/delivery", Map.of("actingOfficerId", DESK, "method", "ONLINE", "recipient", this.applicant));
		command("/rating", Map.of("ratedBy", this.applicant, "score", 4, "comment", "Hơi chậm ở khâu bổ sung"));

		JsonNode timeline = awaitLastStep("RATED");
		assertStepsInOrderWithTheirFacts(timeline.path("steps"));
		assertThat(timeline.path("expected").path("supplement").isNull()).isTrue();
		assertThat(timeline.path("expected").path("payment").isNull()).isTrue();
		assertNothingOfTheOfficersOrTheApplicant(timeline);
	}

	@Test
	void aWrongOrMissingSecretIsAnsweredAsAnUnknownCode() {
		submit();
		awaitLastStep("SUBMITTED");

		Reply wrongSecret = steps(this.dossierCode, "not-the-secret");
		Reply missingSecret = steps(this.dossierCode, null);
		Reply unknownCode = steps("000.00.00.X00-000000-0001", this.lookupSecret);
		for (Reply refused : List.of(wrongSecret, missingSecret, unknownCode)) {
			assertThat(refused.status()).as("%s", refused).isEqualTo(404);
			assertThat(refused.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
			assertThat(refused.text("type")).isEqualTo(unknownCode.text("type"));
			assertThat(refused.text("detail")).isEqualTo(unknownCode.text("detail"));
			assertThat(refused.json().has("steps")).isFalse();
		}
	}

	private void assertStepsInOrderWithTheirFacts(JsonNode steps) {
		List<String> stepsWithStatus = new ArrayList<>();
		steps.forEach((step) -> stepsWithStatus
			.add(step.path("step").asText() + " " + step.path("nationalStatusCode").asInt()));
		assertThat(stepsWithStatus).as("each step with the national status code after it")
			.containsExactly("SUBMITTED 1", "INTAKE_SUPPLEMENT_REQUESTED 5", "SUPPLEMENT_SUBMITTED 1", "RECEIVED 2",
					"TRANSFERRED 4", "SUPPLEMENT_REQUESTED 5", "SUPPLEMENT_RECEIVED 4", "FEE_REQUESTED 6",
					"PAYMENT_SUCCEEDED 4", "TRANSFERRED 4", "DECISION_SIGNED 4", "TRANSFERRED 4", "RESULT_ISSUED 9",
					"RESULT_DELIVERED 10", "RATED 10");
		Instant previous = Instant.MIN;
		for (JsonNode step : steps) {
			Instant occurredAt = Instant.parse(step.path("occurredAt").asText());
			assertThat(occurredAt).as("%s in order", step.path("step").asText()).isAfterOrEqualTo(previous);
			assertThat(step.path("label").asText()).isNotBlank();
			previous = occurredAt;
		}
		assertThat(steps.get(1).path("supplementItems").get(0).path("issue").asText())
			.isEqualTo("Bản chụp căn cước bị mờ");
		JsonNode receipt = steps.get(3);
		assertThat(receipt.path("newDueAt").asText()).as("the appointment date").isNotBlank();
		assertThat(Instant.parse(receipt.path("newDueAt").asText()))
			.isAfter(Instant.parse(receipt.path("occurredAt").asText()));
		JsonNode transfer = steps.get(4);
		assertThat(transfer.path("unitId").asText()).isEqualTo(SPECIALIST_UNIT);
		assertThat(transfer.path("unitName").asText()).isEqualTo("Phòng Lý lịch tư pháp");
		assertThat(steps.get(5).path("reason").asText()).isEqualTo("Tờ khai chưa được ký");
		assertThat(steps.get(5).path("supplementItems").findValuesAsText("issue"))
			.containsExactly("Thiếu chữ ký của người yêu cầu");
		JsonNode fee = steps.get(7);
		assertThat(fee.path("amountVnd").asLong()).isEqualTo(CriminalRecordCertificate.FEE);
		assertThat(fee.path("fees").findValuesAsText("name")).containsExactly("Phí cung cấp thông tin lý lịch tư pháp");
		assertThat(steps.get(8).path("amountVnd").asLong()).isEqualTo(CriminalRecordCertificate.FEE);
		assertThat(steps.get(11).path("unitId").asText()).as("the clerk's unit").isEqualTo(SPECIALIST_UNIT);
	}

	/** No officer, no subject reference, no payment reference, no citizen's comment. */
	private void assertNothingOfTheOfficersOrTheApplicant(JsonNode timeline) {
		String answered = timeline.toString();
		assertThat(answered).doesNotContain(DESK, SPECIALIST, LEADER, CLERK, this.applicant, this.dossierId, "Hơi chậm",
				"42/2026/PLLTP", "Không có án tích");
		this.transactionIds.forEach((transactionId) -> assertThat(answered).doesNotContain(transactionId));
	}

	private void submit() {
		Reply submitted = api().post("/api/dossiers", CriminalRecordCertificate.submission(this.applicant));
		assertThat(submitted.status()).as("submission %s", submitted).isEqualTo(201);
		this.dossierId = submitted.text("dossierId");
		this.dossierCode = submitted.text("dossierCode");
		this.lookupSecret = submitted.text("lookupSecret");
	}

	private void command(String command, Object body) {
		CriminalRecordCertificate.step(api(), this.dossierId, command, body);
	}

	private void pay() {
		String transactionId = "TX-" + UUID.randomUUID();
		this.transactionIds.add(transactionId);
		command("/payments", Map.of("transactionId", transactionId, "amountVnd", CriminalRecordCertificate.FEE,
				"gateway", "NATIONAL_PORTAL", "eReceiptNumber", "BL-" + transactionId));
	}

	private void signDecision() {
		String document = "d".repeat(64);
		Reply signature = api().post("/api/demo/signatures", Map.of("signer", LEADER, "documentSha256", document));
		assertThat(signature.status()).as("demo signature %s", signature).isEqualTo(200);
		command("/decision",
				Map.of("actingOfficerId", LEADER, "documentSha256", document, "signature", signature.json()));
	}

	/** The timeline, once the read model has applied the step. */
	private JsonNode awaitLastStep(String step) {
		return await("the timeline up to " + step).atMost(CATCH_UP)
			.pollInterval(POLL)
			.until(() -> steps(this.dossierCode, this.lookupSecret),
					(reply) -> reply.status() == 200 && lastStep(reply.json()).equals(step))
			.json();
	}

	private static String lastStep(JsonNode timeline) {
		JsonNode steps = timeline.path("steps");
		return steps.isEmpty() ? "" : steps.get(steps.size() - 1).path("step").asText();
	}

	private Reply steps(String dossierCode, String secret) {
		HttpHeaders headers = new HttpHeaders();
		if (secret != null) {
			headers.set("X-Lookup-Secret", secret);
		}
		return api().exchange(HttpMethod.GET, "/api/status/" + dossierCode + "/steps", headers, null, null);
	}

}
