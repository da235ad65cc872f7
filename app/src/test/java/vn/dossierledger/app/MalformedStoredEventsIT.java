package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.oversight.ledger.CanonicalEventEncoding;

/**
 * Rows of the event store that no longer read as events — a payload that does not
 * deserialise, a type this release does not know — as a faulty migration, a hand edit or
 * a newer release may leave them: each read model parks them in its dead-letter queue
 * with the reason (and only them: not the good events of the same batch), the admin sees
 * them there, the ledger seals them by their bytes, and every processor goes on with the
 * good events after them, reporting no error. Its own application and H2 database, whose
 * event store the test writes with plain JDBC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedStoredEventsIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String EVENTS = "vn.dossierledger.events.dossier.";

	/**
	 * The one processor that is no read model: it reads no payload, so it reads them all.
	 */
	private static final String LEDGER_SEALS = "ledger-seals";

	private LedgerApplication application;

	private LedgerApi api;

	private ReadModelsAdminApi admin;

	@BeforeAll
	void start() throws IOException {
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "malformed-");
		this.application = LedgerApplication.start(Map.of("dossier-ledger.data-dir", data.toAbsolutePath()));
		this.api = this.application.api();
		this.admin = new ReadModelsAdminApi(this.api);
	}

	@AfterAll
	void stop() {
		if (this.application != null) {
			this.application.close();
		}
	}

	@Test
	void aCorruptEventAndOneOfAnUnknownTypeAreDeadLetteredWithTheReasonAndNoReadModelStops() {
		DossierWalk before = DossierWalk.submit(this.api).receive();
		String corrupt = insert(EVENTS + "DossierSubmittedEvent",
				"{\"dossierId\": \"corrupt\", \"dossierCode\": \"TRUNCA");
		String unknown = insert(EVENTS + "DossierTeleportedEvent", "{\"dossierId\": \"unknown\", \"to\": \"Mars\"}");
		DossierWalk after = DossierWalk.submit(this.api).receive();

		this.admin.awaitAllCaughtUp(PATIENCE);

		for (String group : this.admin.processingGroups()) {
			JsonNode position = this.admin.position(group);
			assertThat(position.path("error").asBoolean()).as("%s reports no error: %s", group, position).isFalse();
			JsonNode sequences = deadLetters(group);
			if (group.equals(LEDGER_SEALS)) {
				assertThat(sequences).as("the ledger seals every event by its stored bytes").isEmpty();
				continue;
			}
			assertThat(sequences).as("%s's dead letters", group)
				.extracting((sequence) -> sequence.path("sequenceIdentifier").asText())
				.containsExactlyInAnyOrder(corrupt, unknown);
			for (JsonNode sequence : sequences) {
				JsonNode letter = sequence.path("letters").get(0);
				assertThat(letter.path("causeType").asText()).as("%s: %s", group, letter).isNotBlank();
				assertThat(letter.path("causeMessage").asText()).as("%s: %s", group, letter).isNotBlank();
				if (sequence.path("sequenceIdentifier").asText().equals(unknown)) {
					assertThat(letter.path("eventType").asText()).as("%s: %s", group, letter)
						.contains("DossierTeleportedEvent");
				}
			}
		}
		assertVisible(before);
		assertVisible(after);
	}

	/**
	 * Appends a row of a dossier of its own, as the store's next event, chained as every
	 * stored event is (the payload was spoilt after it was written, or a newer release
	 * wrote it): its aggregate id.
	 */
	private String insert(String payloadType, String payload) {
		String dossierId = UUID.randomUUID().toString();
		this.application.eventStore()
			.jdbc()
			.update("insert into domain_event_entry (sequence_number, aggregate_identifier, event_identifier,"
					+ " payload_revision, payload_type, time_stamp, type, meta_data, payload)"
					+ " values (0, ?, ?, '1', ?, ?, 'Dossier', ?, ?)", dossierId, UUID.randomUUID().toString(),
					payloadType, Instant.now().toString(), chained(), payload.getBytes(StandardCharsets.UTF_8));
		return dossierId;
	}

	private static byte[] chained() {
		return ("{\"" + CanonicalEventEncoding.PREVIOUS_KEY + "\": \"" + CanonicalEventEncoding.GENESIS + "\", \""
				+ CanonicalEventEncoding.HASH_KEY + "\": \"" + "c".repeat(64) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private void assertVisible(DossierWalk walk) {
		HttpHeaders lookup = new HttpHeaders();
		lookup.set("X-Lookup-Secret", walk.lookupSecret());
		Reply status = this.api.exchange(HttpMethod.GET, "/api/status/" + walk.dossierCode(), lookup, null, null);
		assertThat(status.status()).as("status of %s: %s", walk.dossierCode(), status).isEqualTo(200);
		assertThat(status.text("status")).isEqualTo("RECEIVED");
		Reply controlSheet = this.api.get(walk.path("/control-sheet"));
		assertThat(controlSheet.status()).as("control sheet %s", controlSheet).isEqualTo(200);
		assertThat(controlSheet.json().toString()).contains(walk.dossierId());
	}

	private JsonNode deadLetters(String group) {
		Reply reply = this.api.get("/api/admin/dead-letters?processingGroup=" + group);
		assertThat(reply.status()).as("%s", reply).isEqualTo(200);
		return reply.json();
	}

}
