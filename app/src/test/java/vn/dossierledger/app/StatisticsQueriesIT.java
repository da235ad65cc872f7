package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * The statistics API over HTTP: dossiers walked through the command API move the
 * indicators of the current month, the live dashboard pushes the change over SSE, and bad
 * requests are problem+json. Other tests share the database, so the assertions are on the
 * increase this test causes.
 */
class StatisticsQueriesIT extends SharedLedgerTest {

	private static final String BIRTHS = "/api/statistics/indicators?procedureCode=" + BirthRegistration.PROCEDURE;

	@Test
	void aDossierWalkedThroughTheCommandApiMovesTheIndicators() {
		JsonNode before = get(BIRTHS).json().path("counts");

		DossierWalk walk = DossierWalk.submit(api()).receive();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode counts = get(BIRTHS).json().path("counts");
			assertThat(counts.path("received").asLong()).isGreaterThan(before.path("received").asLong());
			assertThat(counts.path("open").asLong()).isGreaterThan(before.path("open").asLong());
		});

		walk.processUntilResultIssued().deliver().rate();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Reply reply = get(BIRTHS);
			JsonNode counts = reply.json().path("counts");
			assertThat(counts.path("rated").asLong()).isGreaterThan(before.path("rated").asLong());
			assertThat(counts.path("electronicResult").asLong())
				.isGreaterThan(before.path("electronicResult").asLong());
			assertThat(counts.path("online").asLong()).isGreaterThan(before.path("online").asLong());
			assertThat(reply.json().path("rates").path("meanRating").isNumber()).isTrue();
			assertThat(reply.json().path("groups").size()).isEqualTo(6);
		});

		Reply officer = get("/api/statistics/officers/" + BirthRegistration.SPECIALIST);
		assertThat(officer.status()).isEqualTo(200);
		assertThat(officer.text("unitId")).isEqualTo("hn-phk-vhxh");
		assertThat(officer.json().path("officer").path("dossiersHandled").asLong()).isPositive();

		Reply ranking = get("/api/statistics/rankings?by=agency&indicator=onTime");
		assertThat(ranking.status()).isEqualTo(200);
		assertThat(ranking.json().path("entries").findValuesAsText("key")).contains("hn-phk");
	}

	@Test
	void theLiveDashboardPushesTheIndicatorsAgainWhenADossierArrives() throws Exception {
		BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port() + "/api/statistics/indicators/events?agencyId=hn-phk"))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + new DevelopmentIssuerTokens(port()).tokenFor(LedgerApi.ANALYST))
			.build();
		var response = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
		Thread reader = new Thread(() -> readEvents(response.join().body(), events), "sse-reader");
		reader.setDaemon(true);
		reader.start();
		try {
			JsonNode initial = events.poll(20, TimeUnit.SECONDS);
			assertThat(initial).as("initial indicators").isNotNull();
			long receivedBefore = initial.path("counts").path("received").asLong();

			DossierWalk.submit(api()).receive();

			JsonNode update = events.poll(20, TimeUnit.SECONDS);
			while (update != null && update.path("counts").path("received").asLong() <= receivedBefore) {
				update = events.poll(20, TimeUnit.SECONDS);
			}
			assertThat(update).as("an update after the receipt").isNotNull();
		}
		finally {
			reader.interrupt();
		}
	}

	@Test
	void refusesAnUnknownIndicatorAReversedPeriodOrAnUnknownOfficerAsProblemDetails() {
		Reply unknown = get("/api/statistics/rankings?by=agency&indicator=happiness");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("status").asInt()).isEqualTo(400);
		assertThat(unknown.text("detail")).contains("indicator must be one of");
		Reply reversed = get("/api/statistics/indicators?from=2026-02-01&to=2026-01-01");
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.text("detail")).contains("from must not be after to");
		Reply nobody = get("/api/statistics/officers/nobody");
		assertThat(nobody.status()).isEqualTo(404);
		assertThat(nobody.json().path("status").asInt()).isEqualTo(404);
	}

	private Reply get(String path) {
		return api().exchange(HttpMethod.GET, path, null, null, null);
	}

	private static void readEvents(java.io.InputStream body, BlockingQueue<JsonNode> events) {
		ObjectMapper json = new ObjectMapper();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith("data:")) {
					events.add(json.readTree(line.substring("data:".length())));
				}
			}
		}
		catch (java.io.IOException ex) {
			// the stream ended with the test
		}
	}

}
