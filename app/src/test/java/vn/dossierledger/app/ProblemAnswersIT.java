package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;

/**
 * Every kind of bad request, on the command side and the query side, from the body to the
 * request line, answered as RFC 7807 problem+json with a type, a title, the status, a
 * detail and, where a field or parameter is at fault, its name; and a refused command
 * stores nothing. Sent raw (JDK client), so that Tomcat sees the bytes as written.
 */
class ProblemAnswersIT extends SharedLedgerTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private Tokens tokens;

	private static final String DOSSIER = "/api/dossiers/" + UUID.randomUUID();

	private static final String DOCUMENT = """
			{"componentCode": "TO_KHAI", "name": "Tờ khai", "copyType": "ELECTRONIC", "sha256": "%s",
			 "digitised": true, "reusedFromRepository": false}""".formatted("a".repeat(64));

	private static final String SUBMISSION = """
			{"procedureCode": "1.001193", "channel": "%s", "applicant": {"subjectRef": "subj-001"},
			 "documents": [%s]}""";

	private static final String SUPPLEMENT_REQUEST = """
			{"actingOfficerId": "hn-phk-cv-01", "items": [null], "reason": "Bản chụp mờ, không đọc được",
			 "legalBasis": "Nghị định 123/2015/NĐ-CP", "approvedByOfficerId": "hn-phk-ld-01"}""";

	static Stream<BadRequest> badRequests() {
		return Stream.of(
				// The command side: bodies
				post("/api/dossiers", "{\"procedureCode\": ").by("subj-001").expect(400, "invalid-request"),
				post("/api/dossiers", SUBMISSION.formatted("CARRIER_PIGEON", DOCUMENT)).expect(400, "invalid-request")
					.field("channel"),
				post("/api/dossiers", SUBMISSION.formatted("IN_PERSON", "null")).expect(400, "invalid-request")
					.field("documents[0]"),
				post(DOSSIER + "/intake-supplements", "{\"submittedBy\": \"subj-001\", \"documents\": [null]}")
					.expect(400, "invalid-request")
					.field("documents[0]"),
				post(DOSSIER + "/supplements", "{\"actingOfficerId\": \"hn-phk-tn-01\", \"documents\": [null]}")
					.expect(400, "invalid-request")
					.field("documents[0]"),
				post(DOSSIER + "/supplement-requests", SUPPLEMENT_REQUEST).expect(400, "invalid-request")
					.field("items[0]"),
				post(DOSSIER + "/intake-supplement-requests", SUPPLEMENT_REQUEST).expect(400, "invalid-request")
					.field("items[0]"),
				post(DOSSIER + "/withdrawal",
						"{\"actingOfficerId\": \"hn-phk-tn-01\", \"actingOfficerId\": \"hn-phk-ld-01\"}")
					.expect(400, "invalid-request"),
				post(DOSSIER + "/receipt", "{\"actingOfficerId\": \"hn-phk-tn-01\", \"deliveryMethod\": \"FOO\"}")
					.expect(400, "invalid-request")
					.field("deliveryMethod"),
				post(DOSSIER + "/apologies",
						"{\"actingOfficerId\": \"hn-phk-ld-01\", \"reason\": \"Chờ xác minh của cơ quan khác\","
								+ " \"newDueAt\": \"next Tuesday\", \"sentVia\": \"EMAIL\"}")
					.expect(400, "invalid-request")
					.field("newDueAt"),
				post(DOSSIER + "/payments",
						"{\"transactionId\": \"TX-1\", \"amountVnd\": \"much\", " + "\"gateway\": \"NATIONAL_PORTAL\"}")
					.expect(400, "invalid-request")
					.field("amountVnd"),
				post("/api/demo/signatures", "{}").by("hn-phk-tn-01")
					.expect(400, "invalid-request")
					.field("documentSha256"),
				// The command side: media types, methods, headers, parameters
				post("/api/dossiers", "procedureCode=1.001193").contentType("text/plain")
					.by("subj-001")
					.expect(415, "unsupported-media-type"),
				request("DELETE", "/api/dossiers", null).expect(405, "method-not-allowed"),
				get("/api/ledger/public-keys").accept("image/png").expect(406, "not-acceptable"),
				post(DOSSIER + "/receipt", "{\"actingOfficerId\": \"hn-phk-tn-01\"}").ifMatch("version seven")
					.expect(400, "malformed-if-match")
					.parameter("If-Match"),
				get("/api/ledger/seals/consistency?from=abc&to=1").expect(400, "invalid-parameter").parameter("from"),
				get("/api/ledger/seals/consistency?from=5&to=1").expect(400, "invalid-seal-range").parameter("to"),
				get("/api/ledger/seals/latest-but-one").expect(400, "invalid-parameter").parameter("treeSize"),
				get(DOSSIER + "/as-of?purpose=p").expect(400, "invalid-parameter").parameter("sequence"),
				get(DOSSIER + "/history").expect(400, "invalid-parameter").parameter("purpose"),
				get(DOSSIER + "/as-of?sequence=x&purpose=p").expect(400, "invalid-parameter").parameter("sequence"),
				get(DOSSIER + "/diff?from=1&purpose=p").expect(400, "invalid-parameter").parameter("to"),
				// The query side
				get("/api/red-flags?page=abc").expect(400, "invalid-parameter").parameter("page"),
				get("/api/red-flags?size=0").expect(400, "invalid-parameter").parameter("size"),
				get("/api/red-flags?from=yesterday").expect(400, "invalid-parameter").parameter("from"),
				get("/api/statistics/indicators?from=2026-13-45").expect(400, "invalid-parameter").parameter("from"),
				get("/api/statistics/indicators?from=2026-03-10&to=2026-03-01").expect(400, "invalid-parameter")
					.parameter("from"),
				get("/api/statistics/rankings?by=planet&indicator=onTime").expect(400, "invalid-parameter")
					.parameter("by"),
				get("/api/statistics/rankings?indicator=onTime").expect(400, "invalid-parameter").parameter("by"),
				get("/api/statistics/officers/no-such-officer").expect(404, "not-found"),
				get("/api/units/hn-phk-1c/dossiers?status=11").by("hn-phk-tn-01")
					.expect(400, "invalid-parameter")
					.parameter("status"),
				get("/api/citizens/subj-001/dossiers?page=-1").expect(400, "invalid-parameter").parameter("page"),
				get("/api/status/NO-SUCH-CODE").expect(404, "dossier-not-found"),
				post("/api/admin/read-models/no-such-read-model/rebuild", null).expect(404, "unknown-read-model"),
				get("/api/admin/rebuilds/no-such-rebuild").expect(404, "unknown-rebuild"),
				get("/api/admin/rebuilds?limit=many").expect(400, "invalid-parameter").parameter("limit"),
				// Neither side: paths nobody serves, and what Tomcat refuses before
				// Spring sees it
				get("/api/no-such-resource").expect(404, "not-found"),
				post("/api/no-such-resource", "{}").expect(404, "not-found"),
				get("/api/dossiers/a%2Fb/history").expect(400, "bad-request"),
				get("/api/dossiers/a%00b/history").expect(400, "bad-request"),
				get("/%2e%2e/api/red-flags").expect(400, "bad-request"),
				get("/api/dossiers/%2e%2e/%2e%2e/%2e%2e/etc").expect(400, "bad-request"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void answersProblemJsonNamingWhatIsWrong(BadRequest bad) throws Exception {
		long eventsBefore = eventStore().eventCount();

		HttpResponse<String> response = send(bad);

		assertThat(response.statusCode()).as("%s answered %s", bad, response.body()).isEqualTo(bad.status());
		assertThat(response.headers().firstValue("Content-Type")).as("content type of %s", bad)
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("type").asText()).isEqualTo("https://dossier-ledger.vn/problems/" + bad.type());
		assertThat(problem.path("title").asText()).isNotBlank();
		assertThat(problem.path("status").asInt()).isEqualTo(bad.status());
		assertThat(problem.path("detail").asText()).isNotBlank();
		if (bad.field() != null) {
			assertThat(problem.path("errors").findValuesAsText("field")).contains(bad.field());
		}
		if (bad.parameter() != null) {
			assertThat(problem.path("parameter").asText()).isEqualTo(bad.parameter());
		}
		assertThat(eventStore().eventCount()).as("events stored by %s", bad).isEqualTo(eventsBefore);
	}

	private HttpResponse<String> send(BadRequest bad) throws IOException, InterruptedException {
		if (this.tokens == null) {
			this.tokens = new DevelopmentIssuerTokens(port());
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + bad.path()))
			.method(bad.method(), (bad.body() != null) ? HttpRequest.BodyPublishers.ofString(bad.body())
					: HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < bad.headers().size(); i += 2) {
			request.header(bad.headers().get(i), bad.headers().get(i + 1));
		}
		String person = bad.person();
		if (person != null) {
			request.header("Authorization", "Bearer " + this.tokens.tokenFor(person));
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static BadRequest get(String path) {
		return request("GET", path, null);
	}

	private static BadRequest post(String path, String body) {
		return request("POST", path, body).contentType("application/json");
	}

	private static BadRequest request(String method, String path, String body) {
		return new BadRequest(method, path, List.of(), body, 0, null, null, null, null);
	}

	/**
	 * A request and what it must be answered with; headers as name, value pairs; made by
	 * {@code caller}, or by whoever the request names as acting
	 * ({@link LedgerApi#actorOf}).
	 */
	record BadRequest(String method, String path, List<String> headers, String body, int status, String type,
			String field, String parameter, String caller) {

		/** Made by this person: for bodies too broken to name one. */
		BadRequest by(String person) {
			return new BadRequest(this.method, this.path, this.headers, this.body, this.status, this.type, this.field,
					this.parameter, person);
		}

		String person() {
			return (this.caller != null) ? this.caller
					: LedgerApi.actorOf(HttpMethod.valueOf(this.method), this.path, LedgerApi.tree(this.body));
		}

		BadRequest contentType(String contentType) {
			return header("Content-Type", contentType);
		}

		BadRequest accept(String accept) {
			return header("Accept", accept);
		}

		BadRequest ifMatch(String ifMatch) {
			return header("If-Match", ifMatch);
		}

		BadRequest expect(int expectedStatus, String expectedType) {
			return new BadRequest(this.method, this.path, this.headers, this.body, expectedStatus, expectedType,
					this.field, this.parameter, this.caller);
		}

		BadRequest field(String badField) {
			return new BadRequest(this.method, this.path, this.headers, this.body, this.status, this.type, badField,
					this.parameter, this.caller);
		}

		BadRequest parameter(String badParameter) {
			return new BadRequest(this.method, this.path, this.headers, this.body, this.status, this.type, this.field,
					badParameter, this.caller);
		}

		private BadRequest header(String name, String value) {
			List<String> all = new java.util.ArrayList<>(this.headers);
			int existing = all.indexOf(name);
			if (existing >= 0 && existing % 2 == 0) {
				all.set(existing + 1, value);
			}
			else {
				all.add(name);
				all.add(value);
			}
			return new BadRequest(this.method, this.path, List.copyOf(all), this.body, this.status, this.type,
					this.field, this.parameter, this.caller);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path + ((this.headers.isEmpty()) ? "" : " " + this.headers);
		}

	}

}
