package vn.dossierledger.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One birth registration (procedure 1.001193 at Phúc Khánh ward) walked through its whole
 * life as {@code requests.http} walks it: submit, receive, three hand-overs, an opinion,
 * the leader's signed decision, the result, delivery and the citizen's rating — ten
 * commands, one event each, nine of them on an existing dossier. Each command carries the
 * bearer token of the person it names as acting (the citizen, the officer of the step)
 * and sends the version it last saw as {@code If-Match}, as a careful client does.
 */
final class LifecycleWalk {

	static final int COMMANDS = 10;

	private static final String RECEIVING_OFFICER = "hn-phk-tn-01";

	private static final String SPECIALIST = "hn-phk-cv-01";

	private static final String LEADER = "hn-phk-ld-01";

	private static final String CLERK = "hn-phk-vt-01";

	/**
	 * A demo citizen, as the development issuer knows them ({@code (cd|dd)-<12 hex>}).
	 */
	static final String CITIZEN = "cd-00000000bec0";

	private static final String DECISION_SHA256 = "d".repeat(64);

	/** The steps after the submission: path below the dossier and body. */
	private static final List<Step> STEPS = List.of(
			new Step("/receipt", RECEIVING_OFFICER,
					(signature) -> Map.of("actingOfficerId", RECEIVING_OFFICER, "deliveryMethod", "ONLINE")),
			transfer(RECEIVING_OFFICER, SPECIALIST, "THAM_DINH"),
			new Step("/opinions", SPECIALIST,
					(signature) -> Map.of("actingOfficerId", SPECIALIST, "stepCode", "THAM_DINH", "recommendation",
							"APPROVE", "note", "Đủ điều kiện đăng ký khai sinh")),
			transfer(SPECIALIST, LEADER, "TRINH_KY"),
			new Step("/decision", LEADER,
					(signature) -> Map
						.of("actingOfficerId", LEADER, "documentSha256", DECISION_SHA256, "signature", signature)),
			transfer(LEADER, CLERK, "BAN_HANH"),
			new Step("/result", CLERK,
					(signature) -> Map.of("actingOfficerId", CLERK, "resultDocumentCode", "GKS", "issueNumber",
							"123/2026/GKS", "resultDocumentSha256", "e".repeat(64), "electronic", true)),
			new Step("/delivery", RECEIVING_OFFICER,
					(signature) -> Map.of("actingOfficerId", RECEIVING_OFFICER, "method", "ONLINE", "recipient",
							CITIZEN)),
			new Step("/rating", CITIZEN,
					(signature) -> Map.of("ratedBy", CITIZEN, "score", 5, "comment", "Nhanh, đúng hẹn")));

	private final JsonPost http;

	private final BearerTokens tokens;

	private final JsonNode decisionSignature;

	private String dossierId;

	private long version;

	private int nextStep;

	LifecycleWalk(JsonPost http, BearerTokens tokens, JsonNode decisionSignature) {
		this.http = http;
		this.tokens = tokens;
		this.decisionSignature = decisionSignature;
	}

	/**
	 * The leader's signature over the decision document, from the app's demo CA; the same
	 * document hash for every walk, so one signature serves them all.
	 */
	static JsonNode signDecision(JsonPost http, BearerTokens tokens) {
		return http
			.post("/api/demo/signatures", Map.of("signer", LEADER, "documentSha256", DECISION_SHA256), "Authorization",
					tokens.authorization(LEADER))
			.requireOk("demo signature")
			.json();
	}

	/** Submits a new dossier; the reply carries its code and lookup secret. */
	HttpJson.Reply submit() {
		HttpJson.Reply reply = this.http.post("/api/dossiers", submission(), "Authorization",
				this.tokens.authorization(CITIZEN));
		if (reply.ok()) {
			this.dossierId = reply.json().path("dossierId").asText();
			this.version = 0;
			this.nextStep = 0;
		}
		return reply;
	}

	boolean finished() {
		return this.nextStep == STEPS.size();
	}

	/** Sends the next command of the walk. */
	HttpJson.Reply next() {
		Step step = STEPS.get(this.nextStep);
		HttpJson.Reply reply = this.http.post("/api/dossiers/" + this.dossierId + step.path(),
				step.body().apply(this.decisionSignature), "If-Match", "\"" + this.version + "\"", "Authorization",
				this.tokens.authorization(step.actor()));
		if (reply.ok()) {
			this.version++;
			this.nextStep++;
		}
		return reply;
	}

	private static Map<String, Object> submission() {
		return Map.of("procedureCode", "1.001193", "channel", "ONLINE", "applicant",
				Map.of("subjectRef", CITIZEN, "personalData",
						Map.of("fullName", "Nguyễn Văn An", "idNumber", "001090000001", "dateOfBirth", "1990-01-01",
								"address", "Phúc Khánh, Hà Nội", "phone", "0900000001", "email", "an@example.vn")),
				"documents", List.of(document("TO_KHAI", "Tờ khai đăng ký khai sinh", "a"),
						document("GIAY_CHUNG_SINH", "Giấy chứng sinh", "b")));
	}

	private static Map<String, Object> document(String componentCode, String name, String hashDigit) {
		return Map.of("componentCode", componentCode, "name", name, "copyType", "ELECTRONIC", "sha256",
				hashDigit.repeat(64), "digitised", true, "reusedFromRepository", false);
	}

	private static Step transfer(String from, String to, String stepCode) {
		return new Step("/transfers", from,
				(signature) -> Map.of("actingOfficerId", from, "toOfficerId", to, "stepCode", stepCode));
	}

	/** A command: its path below the dossier, who sends it, and its body. */
	private record Step(String path, String actor, Function<JsonNode, Map<String, Object>> body) {

	}

}
