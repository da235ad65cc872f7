package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * Part of {@link EventStoreContract}: what travels as a message between the API and the
 * handlers — subscription query updates, command and query failures with their details —
 * answers alike whether the buses are local or an Axon Server's.
 */
interface MessagePathOnEveryStore extends EventStoreContractSupport {

	@Test
	default void theLiveStatusSendsTheCurrentStatusThenTheChangeAnOfficerMakes() throws Exception {
		DossierWalk walk = DossierWalk.submit(application().api()).receive();
		HttpHeaders secret = new HttpHeaders();
		secret.set("X-Lookup-Secret", walk.lookupSecret());
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Reply status = application().api()
				.anonymous()
				.exchange(HttpMethod.GET, "/api/status/" + walk.dossierCode(), secret, null, null);
			assertThat(status.text("status")).as(status.toString()).isEqualTo("RECEIVED");
		});

		try (LiveStatus live = LiveStatus.open(application().port(), walk.dossierCode(), walk.lookupSecret())) {
			assertThat(live.next().path("status").asText()).as("the current status").isEqualTo("RECEIVED");

			walk.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");

			JsonNode update = live.next();
			assertThat(update.path("status").asText()).as("the update after the transfer").isEqualTo("IN_PROCESSING");
			assertThat(update.path("dossierCode").asText()).isEqualTo(walk.dossierCode());
		}
	}

	@Test
	default void aCommandToAnUnknownDossierIsNotFound() {
		String unknown = UUID.randomUUID().toString();

		Reply refused = application().api().post("/api/dossiers/" + unknown + "/receipt", BirthRegistration.receipt());

		assertProblem(refused, 404, "dossier-not-found");
		assertThat(refused.text("dossierId")).isEqualTo(unknown);
	}

	@Test
	default void aCommandWithAStaleIfMatchIsAConflictNamingBothVersions() {
		DossierWalk received = DossierWalk.submit(application().api()).receive();

		Reply refused = application().api()
			.post(received.path("/transfers"), BirthRegistration.transfer(BirthRegistration.RECEIVING_OFFICER,
					BirthRegistration.SPECIALIST, "THAM_DINH"), received.version() - 1);

		assertProblem(refused, 409, "stale-version");
		assertThat(refused.json().path("expectedVersion").asLong()).isEqualTo(received.version() - 1);
		assertThat(refused.json().path("actualVersion").asLong()).isEqualTo(received.version());
	}

	@Test
	default void aConflictingRuleIsRefusedNamingTheRuleAndTheStatus() {
		DossierWalk submitted = DossierWalk.submit(application().api());

		Reply refused = application().api()
			.post(submitted.path("/delivery"), BirthRegistration.delivery(), submitted.version());

		assertProblem(refused, 409, "illegal-transition");
		assertThat(refused.text("rule")).isEqualTo("ILLEGAL_TRANSITION");
		assertThat(refused.text("currentStatus")).isEqualTo("SUBMITTED");
	}

	@Test
	default void anUnprocessableCommandIsRefusedNamingTheRule() {
		DossierWalk submitted = DossierWalk.submit(application().api());

		Reply refused = application().api()
			.post(submitted.path("/intake-rejection"), BirthRegistration.intakeRejectionWithoutReason(),
					submitted.version());

		assertProblem(refused, 422, "reason-and-legal-basis-required");
		assertThat(refused.text("rule")).isEqualTo("REASON_AND_LEGAL_BASIS_REQUIRED");
	}

	@Test
	default void theAuditSearchWithoutElasticsearchIsUnavailable() {
		Reply unavailable = application().api().get("/api/audit/events?q=khai+sinh");

		assertProblem(unavailable, 503, "audit-index-unavailable");
	}

	/**
	 * Two walks to delivery: the access audit handles no result delivered, so the second
	 * walk ends on an event type that model has already met and ignored. (Axon Server,
	 * told which types a processor ignores, would keep such events from it, and its
	 * position would never reach the head.)
	 */
	@Test
	default void everyReadModelCatchesUpWithTheStoreAfterWalksEndingOnEventsSomeModelsIgnore() {
		DossierWalk.submit(application().api()).receive().processUntilResultIssued().deliver();
		awaitEveryReadModelCaughtUp();

		DossierWalk.submit(application().api()).receive().processUntilResultIssued().deliver();
		awaitEveryReadModelCaughtUp();
	}

	private void awaitEveryReadModelCaughtUp() {
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			Reply readModels = application().api().get("/api/admin/read-models");
			assertThat(readModels.status()).as(readModels.toString()).isEqualTo(200);
			assertThat(readModels.json()).as(readModels.toString()).isNotEmpty();
			for (JsonNode readModel : readModels.json()) {
				assertThat(readModel.path("lag").asLong()).as("lag of %s", readModel).isZero();
				assertThat(readModel.path("caughtUp").asBoolean()).as("caught up: %s", readModel).isTrue();
			}
		});
	}

	private static void assertProblem(Reply reply, int status, String type) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.contentType()).as(reply.toString()).isNotNull();
		assertThat(reply.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(reply.toString())
			.isTrue();
		assertThat(reply.text("type")).as(reply.toString()).endsWith("/" + type);
		assertThat(reply.json().path("status").asInt()).isEqualTo(status);
	}

	/**
	 * A citizen's live status stream, read line by line in the background: each
	 * {@code data:} line is one view.
	 */
	final class LiveStatus implements AutoCloseable {

		private static final ObjectMapper JSON = new ObjectMapper();

		private final BlockingQueue<String> data = new LinkedBlockingQueue<>();

		private final Stream<String> lines;

		private LiveStatus(Stream<String> lines) {
			this.lines = lines;
			Thread reader = new Thread(() -> lines.filter((line) -> line.startsWith("data:"))
				.forEach((line) -> this.data.add(line.substring("data:".length()))), "live-status-reader");
			reader.setDaemon(true);
			reader.start();
		}

		static LiveStatus open(int port, String dossierCode, String lookupSecret) throws InterruptedException {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/status/" + dossierCode + "/events"))
				.header("X-Lookup-Secret", lookupSecret)
				.header(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE)
				.build();
			try {
				HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
					.send(request, HttpResponse.BodyHandlers.ofLines());
				if (response.statusCode() != 200) {
					String body = String.join("\n", response.body().toList());
					throw new AssertionError("live status answered " + response.statusCode() + " " + body);
				}
				return new LiveStatus(response.body());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** The next view sent, waiting at most 30 seconds for it. */
		JsonNode next() throws InterruptedException, IOException {
			String next = this.data.poll(30, TimeUnit.SECONDS);
			assertThat(next).as("a status event within 30 s").isNotNull();
			return JSON.readTree(next);
		}

		@Override
		public void close() {
			this.lines.close();
		}

	}

}
