package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * The status and control-sheet read models seen through the query API while a birth
 * registration walks through its life. Processors are asynchronous, so every read waits
 * until the model has caught up.
 */
class StatusQueriesIT extends SharedLedgerTest {

	private static final String DESK_UNIT = "hn-phk-1c";

	private static final String SPECIALIST_UNIT = "hn-phk-vhxh";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void citizenLookupDeskListsControlSheetAndLiveUpdatesFollowTheDossier() throws Exception {
		DossierWalk walk = DossierWalk.submit(api());
		assertCitizenSees(walk, 1, "AWAITING_INTAKE");
		assertThat(unitDossierCodes(DESK_UNIT, "status=1")).contains(walk.dossierCode());

		try (StatusStream stream = StatusStream.open(port(), walk.dossierCode(), walk.lookupSecret())) {
			assertThat(stream.next().path("nationalStatusCode").asInt()).as("current status first").isEqualTo(1);
			walk.receive();
			JsonNode update = stream.next();
			assertThat(update.path("nationalStatusCode").asInt()).as("pushed after the receipt").isEqualTo(2);
			assertThat(update.path("dueAt").asText()).isNotBlank();
		}
		assertCitizenSees(walk, 2, "AWAITING_TRANSFER");

		walk.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
		JsonNode processing = assertCitizenSees(walk, 4, "BEING_PROCESSED");
		assertThat(processing.path("currentStep").asText()).isEqualTo("THAM_DINH");
		assertThat(unitDossierCodes(SPECIALIST_UNIT, "")).contains(walk.dossierCode());
		assertThat(unitDossierCodes(SPECIALIST_UNIT, "overdue=true")).doesNotContain(walk.dossierCode());
		assertThat(unitDossierCodes(DESK_UNIT, "")).doesNotContain(walk.dossierCode());

		walk.approveAndIssueResult();
		JsonNode resolved = assertCitizenSees(walk, 9, "COLLECT_RESULT");
		assertThat(resolved.path("closedAt").asText()).isNotBlank();
		assertThat(unitDossierCodes(DESK_UNIT, "status=9")).as("the result waits at the desk")
			.contains(walk.dossierCode());

		walk.deliver();
		assertCitizenSees(walk, 10, "RATE_SERVICE");
		walk.rate();
		JsonNode completed = assertCitizenSees(walk, 10, "NONE_COMPLETED");
		assertThat(completed.path("closedAt").asText()).as("closed at resolution, not delivery")
			.isEqualTo(resolved.path("closedAt").asText());

		Reply citizens = api().exchange(HttpMethod.GET,
				"/api/citizens/" + BirthRegistration.APPLICANT + "/dossiers?size=100", null, null, null);
		assertThat(citizens.json().path("items").findValuesAsText("dossierCode")).contains(walk.dossierCode());

		assertControlSheet(walk);
	}

	@Test
	void wrongOrMissingSecretIsIndistinguishableFromAnUnknownCode() {
		DossierWalk walk = DossierWalk.submit(api());
		assertCitizenSees(walk, 1, "AWAITING_INTAKE");

		Reply wrongSecret = lookup(walk.dossierCode(), "not-the-secret");
		Reply missingSecret = lookup(walk.dossierCode(), null);
		Reply unknownCode = lookup("000.00.00.X00-000000-0000", walk.lookupSecret());
		for (Reply refused : List.of(wrongSecret, missingSecret, unknownCode)) {
			assertThat(refused.status()).as("%s", refused).isEqualTo(404);
			assertThat(refused.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
			assertThat(refused.text("detail")).isEqualTo(unknownCode.text("detail"));
			assertThat(refused.text("type")).isEqualTo(unknownCode.text("type"));
			assertThat(refused.json().has("nationalStatusCode")).isFalse();
		}
		assertThat(StatusStream.statusOf(port(), walk.dossierCode(), "not-the-secret")).isEqualTo(404);
	}

	private JsonNode assertCitizenSees(DossierWalk walk, int nationalStatusCode, String nextAction) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> lookup(walk.dossierCode(), walk.lookupSecret()),
					(reply) -> reply.status() == 200
							&& reply.json().path("nationalStatusCode").asInt() == nationalStatusCode
							&& reply.json().path("nextAction").path("code").asText().equals(nextAction))
			.json();
	}

	private void assertControlSheet(DossierWalk walk) {
		JsonNode sheet = await().atMost(Duration.ofSeconds(20))
			.until(() -> api().exchange(HttpMethod.GET, walk.path("/control-sheet"), null, null, null),
					(reply) -> reply.status() == 200 && reply.json().path("handOvers").size() == 6)
			.json();
		assertThat(sheet.path("dossierCode").asText()).isEqualTo(walk.dossierCode());
		assertThat(sheet.path("resolvingAgencyId").asText()).isEqualTo("hn-phk");
		JsonNode rows = sheet.path("handOvers");
		assertThat(rows.findValuesAsText("kind")).containsExactly("RECEIPT", "TRANSFER", "TRANSFER", "TRANSFER",
				"RESULT_ISSUED", "RESULT_DELIVERED");
		assertThat(rows.findValuesAsText("stepCode")).startsWith("TIEP_NHAN", "THAM_DINH", "TRINH_KY", "BAN_HANH");
		assertThat(rows.get(0).path("giverId").asText()).isEqualTo(BirthRegistration.APPLICANT);
		assertThat(rows.get(0).path("receiverId").asText()).isEqualTo(BirthRegistration.RECEIVING_OFFICER);
		assertThat(rows.get(1).path("receiverId").asText()).isEqualTo(BirthRegistration.SPECIALIST);
		for (int i = 0; i < 4; i++) {
			JsonNode row = rows.get(i);
			assertThat(row.path("handedOnAt").asText()).as("row %d handed on", i)
				.isEqualTo(rows.get(i + 1).path("handedOverAt").asText());
			// Walked within seconds of each hand-over: never late.
			assertThat(row.path("outcome").asText()).as("row %d", i).isIn("EARLY", "ON_TIME");
			assertThat(row.path("heldWorkingMinutes").asLong()).isLessThan(2);
		}
		assertThat(rows.get(5).path("receiverId").asText()).isEqualTo(BirthRegistration.APPLICANT);
		assertThat(rows.get(5).path("outcome").isNull()).isTrue();
	}

	private List<String> unitDossierCodes(String unitId, String filters) {
		Reply reply = api().exchange(HttpMethod.GET, "/api/units/" + unitId + "/dossiers?size=100&" + filters, null,
				null, null);
		assertThat(reply.status()).as("%s", reply).isEqualTo(200);
		return reply.json().path("items").findValuesAsText("dossierCode");
	}

	private Reply lookup(String dossierCode, String secret) {
		HttpHeaders headers = new HttpHeaders();
		if (secret != null) {
			headers.set("X-Lookup-Secret", secret);
		}
		return api().exchange(HttpMethod.GET, "/api/status/" + dossierCode, headers, null, null);
	}

	/** The live status stream as a client reads it: one JSON view per "status" event. */
	private static final class StatusStream implements AutoCloseable {

		private final BlockingQueue<JsonNode> views = new LinkedBlockingQueue<>();

		private final InputStream body;

		private StatusStream(InputStream body) {
			this.body = body;
			Thread reader = new Thread(this::read, "status-stream");
			reader.setDaemon(true);
			reader.start();
		}

		static StatusStream open(int port, String dossierCode, String secret) throws Exception {
			HttpResponse<InputStream> response = HttpClient.newHttpClient()
				.send(request(port, dossierCode, secret), HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE));
			return new StatusStream(response.body());
		}

		static int statusOf(int port, String dossierCode, String secret) {
			try {
				return HttpClient.newHttpClient()
					.send(request(port, dossierCode, secret), HttpResponse.BodyHandlers.discarding())
					.statusCode();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static HttpRequest request(int port, String dossierCode, String secret) {
			return HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/status/" + dossierCode + "/events"))
				.header("X-Lookup-Secret", secret)
				.header("Accept", MediaType.TEXT_EVENT_STREAM_VALUE)
				.build();
		}

		JsonNode next() throws InterruptedException {
			JsonNode view = this.views.poll(20, TimeUnit.SECONDS);
			assertThat(view).as("a status event within 20 s").isNotNull();
			return view;
		}

		private void read() {
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(this.body, StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.startsWith("data:")) {
						this.views.add(JSON.readTree(line.substring("data:".length())));
					}
				}
			}
			catch (Exception closed) {
				// the test closed the stream
			}
		}

		@Override
		public void close() throws Exception {
			this.body.close();
		}

	}

}
