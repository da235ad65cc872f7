package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * A criminal-record certificate (2.000488) at the Hà Nội desk, the procedure with a fee:
 * the requests that take one to where its fee is awaited.
 */
final class CriminalRecordCertificate {

	static final String DESK = "hn-tn-01";

	static final String SPECIALIST = "hn-tp-cv-01";

	static final long FEE = 200_000;

	private CriminalRecordCertificate() {
	}

	static Map<String, Object> submission(String applicant) {
		return Map.of("procedureCode", "2.000488", "channel", "IN_PERSON", "applicant", Map.of("subjectRef", applicant),
				"documents", List.of(document("TO_KHAI", "a"), document("GIAY_TO_TUY_THAN", "b")));
	}

	/** Submitted by a new applicant: the dossier's id. */
	static String submitted(LedgerApi api) {
		Reply submitted = api.post("/api/dossiers", submission("subj-lltp-" + UUID.randomUUID()));
		assertThat(submitted.status()).as("submission %s", submitted).isEqualTo(201);
		return submitted.text("dossierId");
	}

	/**
	 * Submitted, received, handed to the specialist, its fee asked for: the dossier's id.
	 */
	static String awaitingPayment(LedgerApi api) {
		String dossierId = submitted(api);
		step(api, dossierId, "/receipt", Map.of("actingOfficerId", DESK));
		step(api, dossierId, "/transfers",
				Map.of("actingOfficerId", DESK, "toOfficerId", SPECIALIST, "stepCode", "THAM_DINH"));
		step(api, dossierId, "/financial-obligations",
				Map.of("actingOfficerId", SPECIALIST, "fees", List.of(Map.of("code", "PHI_LLTP", "name",
						"Phí cung cấp thông tin lý lịch tư pháp", "type", "FEE", "amountVnd", FEE))));
		return dossierId;
	}

	static void step(LedgerApi api, String dossierId, String command, Object body) {
		Reply reply = api.post(path(dossierId, command), body);
		assertThat(reply.status()).as("%s answered %s", command, reply).isEqualTo(200);
	}

	static String path(String dossierId, String command) {
		return "/api/dossiers/" + dossierId + command;
	}

	private static Map<String, Object> document(String componentCode, String hashDigit) {
		return Map.of("componentCode", componentCode, "name", componentCode, "copyType", "ELECTRONIC", "sha256",
				hashDigit.repeat(64));
	}

}
