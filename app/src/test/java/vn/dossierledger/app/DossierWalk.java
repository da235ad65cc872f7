package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * One birth registration walked through its life over HTTP. Every step asserts the answer
 * (200, ETag and body version one higher, the expected status) and sends the version it
 * last saw as If-Match, as a careful client would.
 */
final class DossierWalk {

	private final LedgerApi api;

	private String dossierId;

	private long version;

	/** What the applicant is told at submission; {@code null} for a resumed walk. */
	private String dossierCode;

	private String lookupSecret;

	private DossierWalk(LedgerApi api, String dossierId, long version) {
		this.api = api;
		this.dossierId = dossierId;
		this.version = version;
	}

	/** Submits a new dossier: 201, version 0, SUBMITTED. */
	static DossierWalk submit(LedgerApi api) {
		Reply submitted = api.post("/api/dossiers", BirthRegistration.submission(null));
		assertThat(submitted.status()).as("submission %s", submitted).isEqualTo(201);
		assertThat(submitted.etag()).isEqualTo("\"0\"");
		assertThat(submitted.version()).isZero();
		assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
		assertThat(submitted.text("dossierCode")).isNotBlank();
		assertThat(submitted.text("lookupSecret")).isNotBlank();
		DossierWalk walk = new DossierWalk(api, submitted.text("dossierId"), 0);
		walk.dossierCode = submitted.text("dossierCode");
		walk.lookupSecret = submitted.text("lookupSecret");
		return walk;
	}

	/** Continues a walk, e.g. in a freshly started application. */
	static DossierWalk resume(LedgerApi api, String dossierId, long version) {
		return new DossierWalk(api, dossierId, version);
	}

	String dossierId() {
		return this.dossierId;
	}

	long version() {
		return this.version;
	}

	String dossierCode() {
		return this.dossierCode;
	}

	String lookupSecret() {
		return this.lookupSecret;
	}

	DossierWalk receive() {
		return step("/receipt", BirthRegistration.receipt(), "RECEIVED");
	}

	/** Received → signed off by the clerk: every step up to the issued result. */
	DossierWalk processUntilResultIssued() {
		return transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH")
			.approveAndIssueResult();
	}

	/** At appraisal → the specialist approves, the leader signs, the clerk issues. */
	DossierWalk approveAndIssueResult() {
		return step("/opinions", BirthRegistration.approvingOpinion(), "IN_PROCESSING")
			.transfer(BirthRegistration.SPECIALIST, BirthRegistration.APPROVING_LEADER, "TRINH_KY")
			.signDecision()
			.transfer(BirthRegistration.APPROVING_LEADER, BirthRegistration.CLERK, "BAN_HANH")
			.step("/result", BirthRegistration.result(), "RESOLVED");
	}

	DossierWalk transfer(String from, String to, String stepCode) {
		return step("/transfers", BirthRegistration.transfer(from, to, stepCode), "IN_PROCESSING");
	}

	DossierWalk signDecision() {
		Reply signature = this.api.post("/api/demo/signatures", BirthRegistration.signingRequest());
		assertThat(signature.status()).as("demo signature %s", signature).isEqualTo(200);
		return step("/decision", BirthRegistration.decision(signature.json()), "IN_PROCESSING");
	}

	DossierWalk deliver() {
		return step("/delivery", BirthRegistration.delivery(), "DELIVERED");
	}

	DossierWalk rate() {
		return step("/rating", BirthRegistration.rating(), "DELIVERED");
	}

	private DossierWalk step(String command, Object body, String expectedStatus) {
		Reply reply = this.api.post(path(command), body, this.version);
		long next = this.version + 1;
		assertThat(reply.status()).as("%s answered %s", command, reply).isEqualTo(200);
		assertThat(reply.etag()).as("ETag after %s", command).isEqualTo("\"" + next + "\"");
		assertThat(reply.version()).as("version after %s", command).isEqualTo(next);
		assertThat(reply.text("status")).as("status after %s", command).isEqualTo(expectedStatus);
		this.version = next;
		return this;
	}

	String path(String command) {
		return "/api/dossiers/" + this.dossierId + command;
	}

}
