package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.app.elasticsearch.ElasticsearchGate;
import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.Channel;
import vn.dossierledger.events.dossier.CopyType;
import vn.dossierledger.events.dossier.DossierSubmittedEvent;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.SubmittedDocument;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;

/**
 * An event the read models cannot store — as the store may hold from before the field
 * limits: a submission whose applicant reference has 200,000 characters, too long for the
 * JPA read models' columns and for an Elasticsearch keyword — stops no read model: each
 * that cannot store it parks it in its dead-letter queue with the reason and goes on with
 * the next events, live and in a rebuild. Elasticsearch being down dead-letters nothing:
 * the audit history retries, and the admin view says so with the cause. On the real
 * database (one subclass per vendor) and the real Elasticsearch (through a gate the test
 * can shut).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class UnstorableEventsContract {

	private static final Duration PATIENCE = Duration.ofSeconds(120);

	/** The read models that keep the applicant reference, and what refuses it. */
	private static final Map<String, String> REFUSING_READ_MODELS = Map.of("dossier-status", "value too long",
			"control-sheet", "value too long", "red-flags", "value too long", "audit-history", "actorId",
			"access-audit", "value too long");

	private ElasticsearchGate gate;

	private LedgerApplication application;

	private LedgerApi api;

	private ReadModelsAdminApi admin;

	private String unstorableDossierId;

	private DossierWalk later;

	/** The database's properties for the application. */
	abstract Map<String, Object> databaseProperties();

	@BeforeAll
	void start() throws IOException {
		this.gate = ElasticsearchGate.toSharedServer();
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "unstorable-");
		Map<String, Object> properties = new HashMap<>(databaseProperties());
		properties.put("dossier-ledger.data-dir", data.toAbsolutePath());
		properties.put("dossier-ledger.elasticsearch.url", this.gate.url());
		this.application = LedgerApplication.start(properties);
		this.api = this.application.api();
		this.admin = new ReadModelsAdminApi(this.api);
	}

	@AfterAll
	void stop() {
		if (this.application != null) {
			this.application.close();
		}
		if (this.gate != null) {
			this.gate.close();
		}
	}

	@Test
	@Order(1)
	void eachReadModelThatCannotStoreAnEventParksItWithTheReasonAndGoesOn() {
		DossierWalk before = DossierWalk.submit(this.api);
		this.unstorableDossierId = appendSubmissionFromBeforeTheLimits("x".repeat(200_000));
		this.later = DossierWalk.submit(this.api).receive();

		this.admin.awaitAllCaughtUp(PATIENCE);

		REFUSING_READ_MODELS.forEach((group, reason) -> {
			JsonNode sequences = deadLetters(group);
			assertThat(sequences).as("%s parks the one dossier", group).hasSize(1);
			assertThat(sequences.get(0).path("sequenceIdentifier").asText()).isEqualTo(this.unstorableDossierId);
			JsonNode letter = sequences.get(0).path("letters").get(0);
			assertThat(letter.path("eventType").asText()).isEqualTo("DossierSubmittedEvent");
			assertThat(letter.path("causeType").asText())
				.isEqualTo("vn.dossierledger.projection.EventNotStorableException");
			assertThat(letter.path("causeMessage").asText()).as("%s's reason", group)
				.startsWith(group + " cannot store this event: ")
				.containsIgnoringCase(reason);
		});
		assertThat(deadLetters("performance-statistics")).as("a read model that can store it takes it").isEmpty();
		assertVisibleEverywhere(before);
		assertVisibleEverywhere(this.later);

		Reply retried = this.api.post("/api/admin/dead-letters/dossier-status/retry", null);
		assertThat(retried.status()).as("a retry that cannot store it either: %s", retried).isEqualTo(200);
		assertThat(retried.json().path("processed").asInt()).isZero();
		assertThat(retried.json().path("remaining").asLong()).isOne();
		assertThat(this.admin.position("dossier-status").path("error").asBoolean()).isFalse();
	}

	@Test
	@Order(2)
	void aRebuildReplaysPastTheEventAndParksItAgain() {
		Reply rebuild = this.api.post("/api/admin/read-models/rebuild", null);
		assertThat(rebuild.status()).as("%s", rebuild).isEqualTo(202);
		DossierWalk afterRebuild = DossierWalk.submit(this.api).receive();

		this.admin.awaitAllCaughtUp(PATIENCE);

		REFUSING_READ_MODELS.keySet()
			.forEach((group) -> assertThat(deadLetters(group)).as("%s parks the one dossier again", group)
				.singleElement()
				.satisfies((sequence) -> assertThat(sequence.path("sequenceIdentifier").asText())
					.isEqualTo(this.unstorableDossierId)));
		assertVisibleEverywhere(this.later);
		assertVisibleEverywhere(afterRebuild);
	}

	@Test
	@Order(3)
	void elasticsearchDownDeadLettersNothingAndTheAdminViewReportsTheRetriesWithTheirCause() {
		this.gate.shut();
		DossierWalk whileDown;
		try {
			whileDown = DossierWalk.submit(this.api);
			JsonNode audit = Awaitility.await("the audit history reported in error")
				.atMost(PATIENCE)
				.pollInterval(Duration.ofMillis(200))
				.until(() -> this.admin.position("audit-history"), (position) -> position.path("error").asBoolean());
			assertThat(audit.path("caughtUp").asBoolean()).isFalse();
			assertThat(audit.path("errors").toString()).contains("retrying a failed batch")
				.contains("AuditIndexUnavailableException: Cannot write the audit documents");
			assertThat(this.admin.position("dossier-status").path("error").asBoolean()).isFalse();
		}
		finally {
			this.gate.open();
		}

		this.admin.awaitAllCaughtUp(PATIENCE);
		assertThat(deadLetters("audit-history")).as("only the unstorable dossier").hasSize(1);
		assertVisibleEverywhere(whileDown);
	}

	/**
	 * Appends a submission straight to the event store, as an earlier release could store
	 * it: no field limit is checked on this path.
	 */
	private String appendSubmissionFromBeforeTheLimits(String applicantReference) {
		String dossierId = UUID.randomUUID().toString();
		Instant now = Instant.now();
		Procedure procedure = this.application.bean(ProcedureCatalogue.class)
			.orElseThrow()
			.inForce(BirthRegistration.PROCEDURE, LocalDate.now())
			.orElseThrow();
		SubjectRef applicant = new SubjectRef(applicantReference);
		DossierSubmittedEvent submitted = new DossierSubmittedEvent(
				dossierId, "OLD-" + dossierId.substring(0, 8), procedure.code(), procedure.version(), Channel.ONLINE,
				applicant, null, null, null, null, List.of(new SubmittedDocument("TO_KHAI", "Tờ khai",
						CopyType.ELECTRONIC, "a".repeat(64), false, false, null)),
				null, Actor.applicant(applicant), now);
		EventStore events = this.application.bean(EventStore.class).orElseThrow();
		this.application.bean(TransactionManager.class)
			.orElseThrow()
			.executeInTransaction(
					() -> events.publish(new GenericDomainEventMessage<>("Dossier", dossierId, 0, submitted)));
		return dossierId;
	}

	private void assertVisibleEverywhere(DossierWalk walk) {
		HttpHeaders lookup = new HttpHeaders();
		lookup.set("X-Lookup-Secret", walk.lookupSecret());
		Reply status = this.api.exchange(HttpMethod.GET, "/api/status/" + walk.dossierCode(), lookup, null, null);
		assertThat(status.status()).as("status of %s: %s", walk.dossierCode(), status).isEqualTo(200);
		Reply controlSheet = this.api.get(walk.path("/control-sheet"));
		assertThat(controlSheet.status()).as("control sheet %s", controlSheet).isEqualTo(200);
		// Elasticsearch makes a document searchable within a second of indexing it.
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(auditOf(walk).path("events").size()).isEqualTo(walk.version() + 1));
	}

	private JsonNode auditOf(DossierWalk walk) {
		Reply audit = this.api.get(walk.path("/audit"));
		assertThat(audit.status()).as("audit %s", audit).isEqualTo(200);
		return audit.json();
	}

	private JsonNode deadLetters(String group) {
		Reply reply = this.api.get("/api/admin/dead-letters?processingGroup=" + group);
		assertThat(reply.status()).as("%s", reply).isEqualTo(200);
		return reply.json();
	}

}
