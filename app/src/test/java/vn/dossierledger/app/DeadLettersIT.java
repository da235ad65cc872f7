package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * A read model whose handler fails parks the dossier's events in its JPA dead-letter
 * queue, the admin API lists them, and a retry once the cause is gone empties the queue
 * and updates the model — while every other read model carries on. Its own application
 * (and database), because it adds a test-only processing group; closed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// Without Elasticsearch (as LedgerApplication starts the others): the search
		// read models would wait for it and never be at the head.
		properties = { "dossier-ledger.demo.enabled=false", "dossier-ledger.signature.demo-ca.enabled=true",
				"dossier-ledger.elasticsearch.embedded.enabled=false",
				// Processed as application.yml processes the real read models.
				FlakyReadModel.PROCESSOR + ".mode=pooled", FlakyReadModel.PROCESSOR + ".initial-segment-count=2",
				FlakyReadModel.PROCESSOR + ".batch-size=500", FlakyReadModel.PROCESSOR + ".dlq.enabled=true",
				FlakyReadModel.PROCESSOR + ".dlq.cache.enabled=true" })
@Import(FlakyReadModel.Registration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeadLettersIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	private int port;

	@Autowired
	private FlakyReadModel flaky;

	@DynamicPropertySource
	static void ownDataDirectory(DynamicPropertyRegistry registry) throws IOException {
		Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")),
				"dead-letters-");
		registry.add("dossier-ledger.data-dir", directory.toAbsolutePath()::toString);
	}

	@Test
	void aFailingHandlerParksItsDossierAndARetryAppliesItOnceTheCauseIsGone() {
		LedgerApi api = LedgerApi.onPort(this.port);
		ReadModelsAdminApi admin = new ReadModelsAdminApi(api);
		DossierWalk failing = DossierWalk.submit(api);
		this.flaky.failOnReceiptOf(failing.dossierId());
		failing.receive().transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
		DossierWalk unaffected = DossierWalk.submit(api).receive();

		JsonNode sequence = awaitOneParkedSequence(admin, 2);
		assertThat(sequence.path("sequenceIdentifier").asText()).isEqualTo(failing.dossierId());
		JsonNode letters = sequence.path("letters");
		assertThat(letters).hasSize(2);
		JsonNode failed = letters.get(0);
		assertThat(failed.path("eventType").asText()).isEqualTo("DossierReceivedEvent");
		assertThat(failed.path("dossierId").asText()).isEqualTo(failing.dossierId());
		assertThat(failed.path("aggregateSequence").asLong()).isEqualTo(1);
		assertThat(failed.path("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
		assertThat(failed.path("causeMessage").asText()).contains("refuses the receipt of " + failing.dossierId());
		assertThat(failed.path("enqueuedAt").asText()).isNotBlank();
		assertThat(failed.path("lastTouched").asText()).isNotBlank();
		assertThat(letters.get(1).path("eventType").asText()).as("parked behind it, in order")
			.isEqualTo("DossierTransferredEvent");
		assertThat(letters.get(1).path("causeType").isNull()).isTrue();

		// Only that dossier is parked: the flaky group went on with the other, the real
		// read models with all (once every group has caught up: a parked sequence does
		// not
		// hold the token back).
		admin.awaitAllCaughtUp(PATIENCE);
		assertThat(this.flaky.lastAppliedSequence(failing.dossierId())).isZero();
		assertThat(this.flaky.lastAppliedSequence(unaffected.dossierId())).isEqualTo(1);
		HttpHeaders lookup = new HttpHeaders();
		lookup.set("X-Lookup-Secret", failing.lookupSecret());
		Reply status = api.exchange(HttpMethod.GET, "/api/status/" + failing.dossierCode(), lookup, null, null);
		assertThat(status.text("status")).as("the dossier-status model went on: %s", status).isEqualTo("IN_PROCESSING");

		Reply stillFailing = api.post("/api/admin/dead-letters/" + FlakyReadModel.PROCESSING_GROUP + "/retry", null);
		assertThat(stillFailing.status()).as("%s", stillFailing).isEqualTo(200);
		assertThat(stillFailing.json().path("processed").asInt()).isZero();
		assertThat(stillFailing.json().path("remaining").asLong()).isEqualTo(1);

		this.flaky.stopFailing();
		Reply retried = api.post("/api/admin/dead-letters/" + FlakyReadModel.PROCESSING_GROUP + "/retry", null);
		assertThat(retried.status()).as("%s", retried).isEqualTo(200);
		assertThat(retried.json().path("processed").asInt()).isEqualTo(1);
		assertThat(retried.json().path("remaining").asLong()).isZero();
		assertThat(deadLetters(admin, FlakyReadModel.PROCESSING_GROUP)).isEmpty();
		assertThat(this.flaky.lastAppliedSequence(failing.dossierId())).isEqualTo(2);
	}

	@Test
	void oneSequenceCanBeRetriedByItsIdentifier() {
		LedgerApi api = LedgerApi.onPort(this.port);
		ReadModelsAdminApi admin = new ReadModelsAdminApi(api);
		DossierWalk failing = DossierWalk.submit(api);
		this.flaky.failOnReceiptOf(failing.dossierId());
		failing.receive();
		awaitOneParkedSequence(admin, 1);
		this.flaky.stopFailing();

		String path = "/api/admin/dead-letters/" + FlakyReadModel.PROCESSING_GROUP + "/retry/";
		Reply unknown = api.post(path + "no-such-dossier", null);
		assertThat(unknown.status()).as("%s", unknown).isEqualTo(404);
		assertThat(unknown.contentType().toString()).startsWith("application/problem+json");

		Reply retried = api.post(path + failing.dossierId(), null);
		assertThat(retried.status()).as("%s", retried).isEqualTo(200);
		assertThat(retried.json().path("processed").asInt()).isEqualTo(1);
		assertThat(deadLetters(admin, FlakyReadModel.PROCESSING_GROUP)).isEmpty();
		assertThat(this.flaky.lastAppliedSequence(failing.dossierId())).isEqualTo(1);
	}

	@Test
	void lagIsPublishedAsAGaugePerReadModel() {
		ReadModelsAdminApi admin = new ReadModelsAdminApi(LedgerApi.onPort(this.port));
		Reply gauge = admin.get("/actuator/metrics/dossier_ledger_read_model_lag_events?tag=group:dossier-status");
		assertThat(gauge.status()).as("%s", gauge).isEqualTo(200);
		assertThat(gauge.json().path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(0);
		Reply groups = admin.get("/actuator/metrics/dossier_ledger_read_model_lag_events");
		JsonNode tagValues = groups.json().path("availableTags").get(0).path("values");
		assertThat(tagValues).extracting(JsonNode::asText)
			.contains("dossier-status", "control-sheet", "performance-statistics", FlakyReadModel.PROCESSING_GROUP)
			.doesNotContain("unique-claims");
	}

	private static JsonNode awaitOneParkedSequence(ReadModelsAdminApi admin, int letters) {
		return Awaitility.await("a parked sequence of " + letters)
			.atMost(PATIENCE)
			.until(() -> deadLetters(admin, FlakyReadModel.PROCESSING_GROUP),
					(sequences) -> sequences.size() == 1 && sequences.get(0).path("letters").size() == letters)
			.get(0);
	}

	private static JsonNode deadLetters(ReadModelsAdminApi admin, String processingGroup) {
		Reply reply = admin.get("/api/admin/dead-letters?processingGroup=" + processingGroup);
		assertThat(reply.status()).as("%s", reply).isEqualTo(200);
		return reply.json();
	}

}
