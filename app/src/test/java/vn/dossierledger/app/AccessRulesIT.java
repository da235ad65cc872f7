package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.identity.Role;

/**
 * Who may call what, against the running application with real tokens from its
 * development issuer: for each kind of caller what it may do (allowed), and the same
 * request by the wrong caller (403) and without a token (401), each refusal problem+json
 * and nothing stored. The table is {@code identity.AccessPolicy}'s.
 */
class AccessRulesIT extends SharedLedgerTest {

	private static final String OTHER_CITIZEN = "subj-777";

	private static final String OTHER_UNITS_OFFICER = "hn-tn-01";

	private DossierWalk dossier;

	@BeforeEach
	void aReceivedDossier() {
		this.dossier = DossierWalk.submit(api()).receive();
	}

	// ---- Citizens

	@Test
	void aCitizenSubmitsForThemselvesButNotInAnothersName() {
		assertThat(api().as(BirthRegistration.APPLICANT)
			.post("/api/dossiers", BirthRegistration.submission(null))
			.status()).isEqualTo(201);

		refused(api().as(OTHER_CITIZEN), HttpMethod.POST, "/api/dossiers", BirthRegistration.submission(null), 403,
				"not-the-caller");
		refused(api().as(LedgerApi.ANALYST), HttpMethod.POST, "/api/dossiers", BirthRegistration.submission(null), 403,
				"forbidden");
		refused(api().anonymous(), HttpMethod.POST, "/api/dossiers", BirthRegistration.submission(null), 401,
				"unauthenticated");
	}

	@Test
	void aCitizenSeesOnlyTheirOwnDossierList() {
		String own = "/api/citizens/" + BirthRegistration.APPLICANT + "/dossiers";
		assertThat(api().as(BirthRegistration.APPLICANT).get(own).status()).isEqualTo(200);

		refused(api().as(OTHER_CITIZEN), HttpMethod.GET, own, null, 403, "forbidden");
		refused(api().as(LedgerApi.INSPECTOR), HttpMethod.GET, own, null, 403, "forbidden");
		refused(api().anonymous(), HttpMethod.GET, own, null, 401, "unauthenticated");
	}

	@Test
	void aCitizenActsOnlyAsThemselvesAndNeverAsAnOfficer() {
		Map<String, Object> withdrawal = Map.of("requestedBy", BirthRegistration.APPLICANT, "reason", "Không cần nữa");
		refused(api().as(OTHER_CITIZEN), HttpMethod.POST, this.dossier.path("/withdrawal-request"), withdrawal, 403,
				"not-the-caller");
		refused(api().as(BirthRegistration.APPLICANT), HttpMethod.POST, this.dossier.path("/transfers"),
				BirthRegistration.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST,
						"THAM_DINH"),
				403, "forbidden");
		refused(api().anonymous(), HttpMethod.POST, this.dossier.path("/withdrawal-request"), withdrawal, 401,
				"unauthenticated");

		Reply own = api().as(BirthRegistration.APPLICANT)
			.post(this.dossier.path("/withdrawal-request"), Map.of("reason", "Không cần nữa"), this.dossier.version());
		assertThat(own.status()).as("the applicant's own request, actor from the token: %s", own).isEqualTo(200);
	}

	// ---- Officers

	@Test
	void anOfficerTakesOnlyTheStepsThatAreTheirs() {
		DossierWalk submitted = DossierWalk.submit(api());
		Reply notAtTheDesk = api().as(OTHER_UNITS_OFFICER)
			.post(submitted.path("/receipt"), Map.of("deliveryMethod", "ONLINE"), submitted.version());
		assertThat(notAtTheDesk.status()).as("%s", notAtTheDesk).isEqualTo(403);
		assertThat(notAtTheDesk.text("rule")).isEqualTo("RECEPTION_DESK_ONLY");

		// The same unit, the same role, but the dossier is with a colleague.
		DossierWalk withTheSpecialist = DossierWalk.submit(api())
			.receive()
			.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
		Reply notTheHolder = api().as("hn-phk-cv-02")
			.post(withTheSpecialist.path("/transfers"),
					Map.of("toOfficerId", BirthRegistration.APPROVING_LEADER, "stepCode", "TRINH_KY"),
					withTheSpecialist.version());
		assertThat(notTheHolder.status()).as("%s", notTheHolder).isEqualTo(403);
		assertThat(notTheHolder.text("rule")).isEqualTo("HOLDER_ONLY");
	}

	@Test
	void anOfficerActsAsThemselvesOnly() {
		Map<String, Object> transfer = BirthRegistration.transfer(BirthRegistration.RECEIVING_OFFICER,
				BirthRegistration.SPECIALIST, "THAM_DINH");
		refused(api().as(BirthRegistration.SPECIALIST), HttpMethod.POST, this.dossier.path("/transfers"), transfer, 403,
				"not-the-caller");
		refused(api().as(LedgerApi.INSPECTOR), HttpMethod.POST, this.dossier.path("/transfers"), transfer, 403,
				"forbidden");
		refused(api().as(LedgerApi.ADMIN), HttpMethod.POST, this.dossier.path("/transfers"), transfer, 403,
				"forbidden");
		refused(api().anonymous(), HttpMethod.POST, this.dossier.path("/transfers"), transfer, 401, "unauthenticated");

		Reply own = api().as(BirthRegistration.RECEIVING_OFFICER)
			.post(this.dossier.path("/transfers"),
					Map.of("toOfficerId", BirthRegistration.SPECIALIST, "stepCode", "THAM_DINH"),
					this.dossier.version());
		assertThat(own.status()).as("the holder's transfer, actor from the token: %s", own).isEqualTo(200);
	}

	@Test
	void anOfficerListsOnlyTheirOwnUnitsDossiers() {
		String unit = "/api/units/hn-phk-1c/dossiers";
		assertThat(api().as(BirthRegistration.RECEIVING_OFFICER).get(unit).status()).isEqualTo(200);
		assertThat(api().as(LedgerApi.INSPECTOR).get(unit).status()).isEqualTo(200);

		refused(api().as(OTHER_UNITS_OFFICER), HttpMethod.GET, unit, null, 403, "forbidden");
		refused(api().as(LedgerApi.ANALYST), HttpMethod.GET, unit, null, 403, "forbidden");
		refused(api().anonymous(), HttpMethod.GET, unit, null, 401, "unauthenticated");
	}

	// ---- Inspectors

	@Test
	void inspectorsAndOfficersReadCaseHistoriesWithTheReadRecorded() {
		String id = this.dossier.dossierId();
		for (String read : new String[] { "/api/dossiers/" + id + "/history",
				"/api/dossiers/" + id + "/as-of?sequence=0", "/api/dossiers/" + id + "/diff?from=0&to=1",
				"/api/dossiers/" + id + "/control-sheet" }) {
			assertThat(api().as(LedgerApi.INSPECTOR).get(read).status()).as(read).isEqualTo(200);
			assertThat(api().as(BirthRegistration.RECEIVING_OFFICER).get(read).status()).as(read).isEqualTo(200);
			refused(api().as(LedgerApi.ANALYST), HttpMethod.GET, read, null, 403, "forbidden");
			refused(api().as(LedgerApi.ADMIN), HttpMethod.GET, read, null, 403, "forbidden");
			refused(api().as(BirthRegistration.APPLICANT), HttpMethod.GET, read, null, 403, "forbidden");
			refused(api().anonymous(), HttpMethod.GET, read, null, 401, "unauthenticated");
		}
	}

	@Test
	void anInspectorStatesAPurposeForEveryRead() {
		Reply refused = api().as(LedgerApi.INSPECTOR)
			.get("/api/dossiers/" + this.dossier.dossierId() + "/history?purpose=");
		assertThat(refused.status()).as("%s", refused).isEqualTo(400);
		assertThat(refused.text("type")).endsWith("/invalid-parameter");
		assertThat(refused.text("parameter")).isEqualTo("purpose");
	}

	@Test
	void anInspectorAloneReadsProofsAndFlagsAndNeverCommands() {
		for (String read : new String[] { "/api/red-flags",
				"/api/dossiers/" + this.dossier.dossierId() + "/evidence" }) {
			assertThat(api().as(LedgerApi.INSPECTOR).get(read).status()).as(read).isEqualTo(200);
			refused(api().as(BirthRegistration.RECEIVING_OFFICER), HttpMethod.GET, read, null, 403, "forbidden");
			refused(api().as(LedgerApi.ANALYST), HttpMethod.GET, read, null, 403, "forbidden");
			refused(api().anonymous(), HttpMethod.GET, read, null, 401, "unauthenticated");
		}
		assertThat(api().as(LedgerApi.INSPECTOR).post("/api/ledger/verification", null).status()).isEqualTo(200);
		refused(api().as(LedgerApi.ADMIN), HttpMethod.POST, "/api/ledger/verification", null, 403, "forbidden");
		refused(api().as(LedgerApi.INSPECTOR), HttpMethod.POST, this.dossier.path("/withdrawal"), Map.of(), 403,
				"forbidden");
	}

	// ---- Analysts

	@Test
	void anAnalystReadsAggregatesOnly() {
		assertThat(api().as(LedgerApi.ANALYST).get("/api/statistics/indicators").status()).isEqualTo(200);
		assertThat(api().as(LedgerApi.ANALYST).get("/api/statistics/rankings?by=agency&indicator=onTime").status())
			.isEqualTo(200);

		refused(api().as(BirthRegistration.APPLICANT), HttpMethod.GET, "/api/statistics/indicators", null, 403,
				"forbidden");
		refused(api().as(LedgerApi.ADMIN), HttpMethod.GET, "/api/statistics/indicators", null, 403, "forbidden");
		refused(api().anonymous(), HttpMethod.GET, "/api/statistics/indicators", null, 401, "unauthenticated");
	}

	// ---- Administrators

	@Test
	void anAdministratorRunsTheReadModelsAndNothingElse() {
		assertThat(api().as(LedgerApi.ADMIN).get("/api/admin/read-models").status()).isEqualTo(200);
		assertThat(api().as(LedgerApi.ADMIN).get("/api/admin/dead-letters").status()).isEqualTo(200);
		assertThat(api().as(LedgerApi.ADMIN).get("/actuator/metrics").status()).isEqualTo(200);

		refused(api().as(LedgerApi.INSPECTOR), HttpMethod.GET, "/api/admin/read-models", null, 403, "forbidden");
		refused(api().as(LedgerApi.INSPECTOR), HttpMethod.GET, "/actuator/metrics", null, 403, "forbidden");
		refused(api().anonymous(), HttpMethod.POST, "/api/admin/read-models/dossier-status/rebuild", null, 401,
				"unauthenticated");
		refused(api().as(LedgerApi.ADMIN), HttpMethod.GET, "/api/dossiers/" + this.dossier.dossierId() + "/history",
				null, 403, "forbidden");
	}

	// ---- Anyone

	@Test
	void anyoneLooksUpAStatusByCodeAndSecretAndChecksHealth() {
		HttpHeaders secret = new HttpHeaders();
		secret.add("X-Lookup-Secret", this.dossier.lookupSecret());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api().anonymous()
				.exchange(HttpMethod.GET, "/api/status/" + this.dossier.dossierCode(), secret, null, null)
				.status(), (status) -> status == 200);
		assertThat(api().anonymous().get("/actuator/health").status()).isEqualTo(200);
		assertThat(api().anonymous().get("/api/ledger/seals/latest").status()).isIn(200, 404);

		HttpHeaders wrong = new HttpHeaders();
		wrong.add("X-Lookup-Secret", "not-the-secret");
		assertThat(api().anonymous()
			.exchange(HttpMethod.GET, "/api/status/" + this.dossier.dossierCode(), wrong, null, null)
			.status()).isEqualTo(404);
	}

	// ---- Payment gateways

	@Test
	void aGatewayReportsOnlyAsItself() {
		Map<String, Object> failure = Map.of("transactionId", "TX-ACCESS-1", "amountVnd", 1000, "gateway",
				"NATIONAL_PORTAL", "reason", "Thẻ bị từ chối");
		refused(api().as("LOCAL_GATEWAY"), HttpMethod.POST, this.dossier.path("/payment-failures"), failure, 403,
				"not-the-caller");
		refused(api().as(BirthRegistration.APPLICANT), HttpMethod.POST, this.dossier.path("/payment-failures"), failure,
				403, "forbidden");
		refused(api().anonymous(), HttpMethod.POST, this.dossier.path("/payments"), failure, 401, "unauthenticated");
	}

	// ---- Tokens

	@Test
	void aTokenThatIsForgedOrFromAnUntrustedIssuerIsRefused() {
		String genuine = new DevelopmentIssuerTokens(port()).tokenFor(LedgerApi.INSPECTOR);
		String[] parts = genuine.split("\\.");
		String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
		String untrusted = TestIssuer.shared()
			.sign(LedgerApi.INSPECTOR, Role.INSPECTOR, TestIssuer.shared().issuer(), TestIssuer.AUDIENCE,
					Instant.now().plusSeconds(600));

		for (String token : new String[] { forged, untrusted, "not-a-token" }) {
			HttpHeaders bearer = new HttpHeaders();
			bearer.setBearerAuth(token);
			Reply reply = api().exchange(HttpMethod.GET, "/api/red-flags", bearer, null, null);
			assertThat(reply.status()).as("token %s", token).isEqualTo(401);
			assertThat(reply.text("type")).endsWith("/unauthenticated");
		}
	}

	private void refused(LedgerApi caller, HttpMethod method, String path, Object body, int status, String type) {
		long eventsBefore = eventStore().eventCount();
		Reply reply = caller.exchange(method, path, null, body, null);
		assertThat(reply.status()).as("%s %s answered %s", method, path, reply).isEqualTo(status);
		assertThat(reply.contentType()).as("%s %s", method, path).isNotNull();
		assertThat(reply.contentType().toString()).startsWith("application/problem+json");
		assertThat(reply.text("type")).endsWith("/" + type);
		assertThat(eventStore().eventCount()).as("events stored by %s %s", method, path).isEqualTo(eventsBefore);
	}

}
