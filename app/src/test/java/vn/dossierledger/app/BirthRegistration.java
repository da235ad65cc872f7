package vn.dossierledger.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies for procedure 1.001193 (Đăng ký khai sinh) at Phúc Khánh ward (hn-phk),
 * and who does what: the cast of the walk.
 */
final class BirthRegistration {

	static final String PROCEDURE = "1.001193";

	static final String APPLICANT = "subj-001";

	static final String RECEIVING_OFFICER = "hn-phk-tn-01";

	static final String SPECIALIST = "hn-phk-cv-01";

	static final String APPROVING_LEADER = "hn-phk-ld-01";

	static final String CLERK = "hn-phk-vt-01";

	static final String DECISION_SHA256 = "d".repeat(64);

	static final String RESULT_SHA256 = "e".repeat(64);

	private BirthRegistration() {
	}

	/**
	 * @param dossierCode a chosen dossier code, or {@code null} to have one issued
	 */
	static Map<String, Object> submission(String dossierCode) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("procedureCode", PROCEDURE);
		body.put("channel", "ONLINE");
		if (dossierCode != null) {
			body.put("dossierCode", dossierCode);
		}
		body.put("applicant",
				Map.of("subjectRef", APPLICANT, "personalData",
						Map.of("fullName", "Nguyễn Văn An", "idNumber", "001090000001", "dateOfBirth", "1990-01-01",
								"address", "Phúc Khánh, Hà Nội", "phone", "0900000001", "email", "an@example.vn")));
		body.put("documents", List.of(document("TO_KHAI", "Tờ khai đăng ký khai sinh", "a"),
				document("GIAY_CHUNG_SINH", "Giấy chứng sinh", "b")));
		return body;
	}

	private static Map<String, Object> document(String componentCode, String name, String hashDigit) {
		return Map.of("componentCode", componentCode, "name", name, "copyType", "ELECTRONIC", "sha256",
				hashDigit.repeat(64), "digitised", true, "reusedFromRepository", false);
	}

	static Map<String, Object> receipt() {
		return Map.of("actingOfficerId", RECEIVING_OFFICER, "deliveryMethod", "ONLINE");
	}

	static Map<String, Object> transfer(String from, String to, String stepCode) {
		return Map.of("actingOfficerId", from, "toOfficerId", to, "stepCode", stepCode);
	}

	static Map<String, Object> approvingOpinion() {
		return Map.of("actingOfficerId", SPECIALIST, "stepCode", "THAM_DINH", "recommendation", "APPROVE", "note",
				"Đủ điều kiện đăng ký khai sinh");
	}

	static Map<String, Object> signingRequest() {
		return Map.of("signer", APPROVING_LEADER, "documentSha256", DECISION_SHA256);
	}

	static Map<String, Object> decision(Object signature) {
		return Map.of("actingOfficerId", APPROVING_LEADER, "documentSha256", DECISION_SHA256, "signature", signature);
	}

	static Map<String, Object> result() {
		return Map.of("actingOfficerId", CLERK, "resultDocumentCode", "GKS", "issueNumber", "123/2026/GKS",
				"resultDocumentSha256", RESULT_SHA256, "electronic", true);
	}

	static Map<String, Object> delivery() {
		return Map.of("actingOfficerId", RECEIVING_OFFICER, "method", "ONLINE", "recipient", APPLICANT);
	}

	static Map<String, Object> rating() {
		return Map.of("ratedBy", APPLICANT, "score", 5, "comment", "Nhanh, đúng hẹn");
	}

	/** An intake rejection whose reason is too short to be one (red flag F2). */
	static Map<String, Object> intakeRejectionWithoutReason() {
		return Map.of("actingOfficerId", RECEIVING_OFFICER, "reason", "x", "legalBasis", "Nghị định 118/2025/NĐ-CP");
	}

}
