package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.oversight.ledger.CanonicalEventEncoding;
import vn.dossierledger.oversight.ledger.EvidenceBundleVerifier;
import vn.dossierledger.oversight.ledger.EvidenceBundleVerifier.Verdict;
import vn.dossierledger.oversight.ledger.InclusionProof;
import vn.dossierledger.oversight.ledger.LedgerPublicKey;

/**
 * Part of {@link EventStoreContract}: verification, evidence bundles, seals and inclusion
 * proofs read the events where this store keeps them — a verification that read another
 * store would check nothing, or report every sealed event missing.
 */
interface LedgerProofsOnEveryStore extends EventStoreContractSupport {

	/** Events of a dossier walked from submission to its issued result. */
	long EVENTS_OF_A_WHOLE_WALK = 8;

	ObjectMapper JSON = new ObjectMapper();

	@Test
	default void verificationReadsThisStoreNamesItAndFindsTheWalkedDossiersClean() {
		DossierWalk.submit(application().api()).receive().processUntilResultIssued();
		DossierWalk.submit(application().api()).receive();

		Reply report = application().api().post("/api/ledger/verification", null);

		assertThat(report.status()).as("verification %s", report).isEqualTo(200);
		assertThat(report.text("outcome")).as("verification %s", report).isEqualTo("CLEAN");
		assertThat(report.text("eventStore")).isEqualTo(expectedEventStore());
		assertThat(report.json().path("eventsChecked").asLong()).isGreaterThanOrEqualTo(EVENTS_OF_A_WHOLE_WALK + 2);
		assertThat(report.json().path("dossiersChecked").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(report.json().path("mismatches")).as("verification %s", report).isEmpty();
		assertThat(report.json().path("sealMismatches")).as("verification %s", report).isEmpty();
	}

	@Test
	default void theDossiersEvidenceBundleDownloadsAndVerifiesWithEveryEventUnderSeal() {
		String dossierId = DossierWalk.submit(application().api()).receive().processUntilResultIssued().dossierId();
		LedgerPublicKey key = publicKey();
		EvidenceBundleVerifier verifier = new EvidenceBundleVerifier();

		Verdict verdict = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> verifier.verify(application().api().download("/api/dossiers/" + dossierId + "/evidence"),
					Optional.of(key.keyId())), (candidate) -> candidate.facts().get(0).contains("0 not yet sealed"));

		assertThat(verdict.failures()).isEmpty();
		assertThat(verdict.verified()).isTrue();
		assertThat(verdict.facts().get(0)).contains("Dossier " + dossierId + ": " + EVENTS_OF_A_WHOLE_WALK + " events, "
				+ EVENTS_OF_A_WHOLE_WALK + " under seal");
	}

	/**
	 * The event identifiers come from the application's own event store, the only place
	 * that knows them on every store; the proofs and the chain values come over HTTP.
	 */
	@Test
	default void aSealCoversEveryEventOfTheDossierAndEachInclusionProofVerifies() {
		String dossierId = DossierWalk.submit(application().api()).receive().processUntilResultIssued().dossierId();
		List<? extends DomainEventMessage<?>> events = application().bean(EventStore.class)
			.orElseThrow()
			.readEvents(dossierId)
			.asStream()
			.toList();
		LedgerPublicKey key = publicKey();
		assertThat(events).hasSize((int) EVENTS_OF_A_WHOLE_WALK);

		for (DomainEventMessage<?> event : events) {
			Reply answer = await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(300))
				.until(() -> application().api().get("/api/ledger/events/" + event.getIdentifier() + "/inclusion"),
						(reply) -> reply.status() == 200);
			InclusionProof proof = JSON.convertValue(answer.json(), InclusionProof.class);

			assertThat(proof.dossierId()).isEqualTo(dossierId);
			assertThat(proof.sequence()).isEqualTo(event.getSequenceNumber());
			assertThat(proof.chainValue()).isEqualTo(event.getMetaData().get(CanonicalEventEncoding.HASH_KEY));
			assertThat(proof.leafIndex()).isLessThan(proof.seal().eventCount());
			assertThat(proof.leadsToSealedRoot()).as("inclusion of %s", answer).isTrue();
			assertThat(proof.seal().isSignedBy(key)).isTrue();
		}
	}

	private LedgerPublicKey publicKey() {
		return JSON.convertValue(application().api().get("/api/ledger/public-key").json(), LedgerPublicKey.class);
	}

	/**
	 * What the report must name: the server and context on Axon Server (where a missing
	 * switch means on), the table and its database on the JPA store.
	 */
	private String expectedEventStore() {
		Environment environment = application().context().getEnvironment();
		if (environment.getProperty("axon.axonserver.enabled", Boolean.class, true)) {
			return "Axon Server " + environment.getProperty("axon.axonserver.servers") + ", context "
					+ environment.getProperty("axon.axonserver.context", "default");
		}
		String url = environment.getProperty("spring.datasource.url", "");
		return "JPA event store table domain_event_entry on " + (url.startsWith("jdbc:h2:") ? "H2" : "PostgreSQL");
	}

}
