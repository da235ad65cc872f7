package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.app.StoredLedger.Facts;
import vn.dossierledger.app.StoredLedger.StoredRow;
import vn.dossierledger.app.elasticsearch.ElasticsearchTestServer;
import vn.dossierledger.events.dossier.DossierEvent;
import vn.dossierledger.events.dossier.HoldingLimitExceededEvent;
import vn.dossierledger.oversight.ledger.ConsistencyProof;
import vn.dossierledger.oversight.ledger.EvidenceBundleVerifier;
import vn.dossierledger.oversight.ledger.EvidenceBundleVerifier.Verdict;

/**
 * A ledger written by an earlier release ({@link StoredLedger}) opened by this one: every
 * stored event deserialises to the values that release read and serialises back to the
 * very bytes stored, every chain and seal verifies, the evidence bundles that release
 * exported verify, the read model it left part-way catches up to the models it built, a
 * rebuild of every read model reproduces them, and then the deadlines it left pending
 * fire and new commands append to its dossiers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class StoredLedgerContract {

	/**
	 * The fixtures of the last release before the move to Spring Boot 4 and Axon 4.13.
	 */
	static final Path RELEASE = Path.of("src/test/resources/stored-ledger/boot-3.5-axon-4.12");

	/**
	 * {@code -Dstored-ledger.rerender=true}: after a change that is meant to alter what
	 * the read models hold, writes what this release builds from the stored ledger into
	 * the fixture's read-model and audit files (never its events), for the diff to be
	 * reviewed and committed with the change.
	 */
	private static final boolean RERENDER = Boolean.getBoolean("stored-ledger.rerender");

	private static final Duration CATCH_UP = Duration.ofMinutes(2);

	/** Dossier events added after {@link #RELEASE}: its stores cannot hold them. */
	static final Set<Class<?>> ADDED_SINCE_THE_RELEASE = Set.of(HoldingLimitExceededEvent.class);

	private final Path fixture = RELEASE.resolve(storeName());

	private final Facts facts = Facts.read(this.fixture);

	private final URI elasticsearch = ElasticsearchTestServer.url();

	private Map<String, Object> store;

	private LedgerApplication application;

	private List<StoredRow> storedRows;

	/** The store's directory under {@link #RELEASE}. */
	abstract String storeName();

	/**
	 * Copies the fixture's database into a fresh one.
	 * @param dataDirectory the application's data directory (the ledger's key goes there)
	 * @return the properties that open it
	 */
	abstract Map<String, Object> openStore(Path fixture, Path dataDirectory) throws Exception;

	@BeforeAll
	void openTheStoredLedger() throws Exception {
		Path dataDirectory = Files
			.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")),
					"stored-ledger-" + storeName() + "-")
			.toAbsolutePath();
		this.store = new HashMap<>(openStore(this.fixture, dataDirectory));
		this.store.put("dossier-ledger.data-dir", dataDirectory.toString());
		this.store.put("dossier-ledger.elasticsearch.url", this.elasticsearch);
		// The checks read cases as an inspector does; recording those reads would append
		// events to the very ledger they compare with what was stored.
		this.store.put("dossier-ledger.access-audit.enabled", false);
		// The deadlines that waited in the store wait until the read models are compared.
		this.application = LedgerApplication.startWithDeadlinesPaused(this.store, null);
		this.storedRows = StoredLedger.storedRows(this.application.eventStore().jdbc());
	}

	@AfterAll
	void close() {
		if (this.application != null) {
			this.application.close();
		}
	}

	@Test
	@Order(1)
	void everyStoredEventDeserialisesToTheValuesTheWritingReleaseRead() {
		Serializer serializer = this.application.bean("eventSerializer", Serializer.class);

		List<String> rendered = StoredLedger.renderEvents(this.storedRows, serializer);

		assertThat(this.storedRows).hasSizeGreaterThan(500);
		assertThat(this.storedRows.stream().map(StoredRow::payloadType).collect(Collectors.toSet()))
			.as("every kind of dossier event the writing release had is in the fixture")
			.containsAll(Arrays.stream(DossierEvent.class.getPermittedSubclasses())
				.filter((kind) -> !ADDED_SINCE_THE_RELEASE.contains(kind))
				.map(Class::getName)
				.toList());
		assertSameLines(StoredLedger.EVENTS, rendered);
	}

	/**
	 * The chain covers the stored bytes: what this release writes must be exactly those.
	 */
	@Test
	@Order(2)
	void everyStoredEventSerialisesBackToTheStoredBytes() {
		Serializer serializer = this.application.bean("eventSerializer", Serializer.class);
		List<String> differing = new ArrayList<>();
		for (StoredRow row : this.storedRows) {
			byte[] payload = serializer.serialize(row.payloadValue(serializer), byte[].class).getData();
			byte[] metaData = serializer.serialize(row.metaDataValue(serializer), byte[].class).getData();
			if (!Arrays.equals(payload, row.payload())) {
				differing.add(row.globalIndex() + " payload " + row.payloadType());
			}
			if (!Arrays.equals(metaData, row.metaData())) {
				differing.add(row.globalIndex() + " metadata");
			}
		}
		assertThat(differing).isEmpty();
	}

	@Test
	@Order(3)
	void everyChainAndSealVerifies() {
		JsonNode report = verify(this.application.api());

		assertThat(report.path("eventsChecked").asLong()).isEqualTo(this.storedRows.size());
		assertThat(report.path("sealsChecked").asLong()).isEqualTo(this.facts.latestSealTreeSize()).isPositive();
		assertThat(report.path("unsealedEvents").asLong()).isZero();
		assertThat(report.path("mismatches")).isEmpty();
		assertThat(report.path("sealMismatches")).isEmpty();
	}

	@Test
	@Order(4)
	void theEvidenceBundlesExportedBeforeVerifyAndExportAlike() throws IOException {
		LedgerApi api = this.application.api();
		EvidenceBundleVerifier verifier = new EvidenceBundleVerifier();
		assertThat(api.get("/api/ledger/public-key").text("keyId")).isEqualTo(this.facts.keyId());
		assertThat(this.facts.evidenceDossiers()).hasSizeGreaterThanOrEqualTo(3);

		for (String dossier : this.facts.evidenceDossiers()) {
			byte[] exportedBefore = Files.readAllBytes(evidenceFile(dossier));
			Verdict verdict = verifier.verify(exportedBefore, Optional.of(this.facts.keyId()));
			assertThat(verdict.failures()).as("bundle of %s", dossier).isEmpty();
			assertThat(verdict.verified()).isTrue();

			JsonNode before = readJson(exportedBefore).path("bundle");
			JsonNode now = readJson(api.download("/api/dossiers/" + dossier + "/evidence")).path("bundle");
			for (String part : List.of("dossierId", "events", "format", "publicKey", "seal")) {
				assertThat(now.path(part)).as("%s of the bundle of %s", part, dossier).isEqualTo(before.path(part));
			}
		}
	}

	@Test
	@Order(5)
	void theReadModelLeftPartWayCatchesUpToTheModelsBuiltBefore() {
		assertThat(this.facts.partWayPosition()).isLessThan(this.facts.headGlobalIndex());
		awaitEveryReadModelCaughtUp();

		assertSameLines(StoredLedger.READ_MODELS, ReadModelTables.rows(this.application.eventStore().jdbc()));
	}

	@Test
	@Order(6)
	void rebuildingEveryReadModelReproducesTheModelsBuiltBefore() {
		Reply rebuild = this.application.api().post("/api/admin/read-models/rebuild", null);
		assertThat(rebuild.status()).as("%s", rebuild).isEqualTo(202);
		awaitEveryReadModelCaughtUp();

		assertSameLines(StoredLedger.READ_MODELS, ReadModelTables.rows(this.application.eventStore().jdbc()));
		if (RERENDER) {
			await("every event in the rebuilt audit index").atMost(CATCH_UP)
				.until(() -> StoredLedger.auditDocuments(this.elasticsearch).size() == this.storedRows.size());
		}
		await("the rebuilt audit index behind its alias").atMost(CATCH_UP)
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertSameLines(StoredLedger.AUDIT_DOCUMENTS,
					StoredLedger.auditDocuments(this.elasticsearch)));
	}

	@Test
	@Order(7)
	void pendingDeadlinesFireAndNewCommandsAppendToTheStoredDossiers() {
		this.application.close();
		Map<String, Object> properties = new HashMap<>(this.store);
		properties.put("db-scheduler.polling-interval", "1s");
		this.application = LedgerApplication.start(properties);
		LedgerApi api = this.application.api();
		EventStoreRows eventStore = this.application.eventStore();

		await("the deadlines the store held fire").atMost(CATCH_UP).untilAsserted(() -> {
			for (String dossier : this.facts.pendingDeadlineDossiers()) {
				assertThat(eventStore.eventsOf(dossier)).extracting(EventStoreRows.StoredEvent::simpleType)
					.containsExactly("DossierSubmittedEvent", "DossierReceivedEvent", "DueDateMissedEvent");
			}
		});
		DossierWalk.resume(api, this.facts.resolvedDossier(), this.facts.resolvedDossierVersion()).deliver().rate();
		String late = this.facts.pendingDeadlineDossiers().get(0);
		DossierWalk.resume(api, late, 2)
			.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");

		JsonNode latest = LedgerSeals.awaitEverythingSealed(api, eventStore);
		JsonNode report = verify(api);
		// At least the missed due dates and the three commands: a deadline of the demo
		// province's open dossiers that has passed since the fixture was written fires
		// too.
		long appended = this.facts.pendingDeadlineDossiers().size() + 3;
		assertThat(report.path("eventsChecked").asLong()).isGreaterThanOrEqualTo(this.storedRows.size() + appended);
		assertThat(report.path("mismatches")).isEmpty();
		assertThat(report.path("sealMismatches")).isEmpty();
		long treeSize = latest.path("treeSize").asLong();
		assertThat(treeSize).isGreaterThan(this.facts.latestSealTreeSize());
		ConsistencyProof proof = StoredLedger.JSON.convertValue(
				api.get("/api/ledger/seals/consistency?from=" + this.facts.latestSealTreeSize() + "&to=" + treeSize)
					.json(),
				ConsistencyProof.class);
		assertThat(proof.holds()).as("the new seals only append to the stored ones").isTrue();
	}

	private static JsonNode verify(LedgerApi api) {
		Reply verification = api.post("/api/ledger/verification", null);
		assertThat(verification.status()).as("%s", verification).isEqualTo(200);
		return verification.json();
	}

	private void awaitEveryReadModelCaughtUp() {
		ReadModelsAdminApi admin = new ReadModelsAdminApi(this.application.api());
		await("every read model at the head").atMost(CATCH_UP)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> {
				for (JsonNode readModel : admin.positions()) {
					assertThat(readModel.path("caughtUp").asBoolean()).as("%s", readModel).isTrue();
					assertThat(readModel.path("replaying").asBoolean()).as("%s", readModel).isFalse();
				}
			});
	}

	/**
	 * The lines equal the fixture's file of that name; what this release rendered is kept
	 * beside it under target/ for a diff.
	 */
	private void assertSameLines(String file, List<String> actual) {
		StoredLedger.writeLines(Path.of("target", "stored-ledger-actual", storeName(), file), actual);
		StoredLedger.writeLines(
				Path.of("target", "stored-ledger-actual", storeName(),
						StackWalker.getInstance()
							.walk((frames) -> frames.skip(1).findFirst().orElseThrow().getMethodName()) + "." + file),
				actual);
		if (RERENDER && !file.equals(StoredLedger.EVENTS)) {
			StoredLedger.writeLines(this.fixture.resolve(file), actual);
			return;
		}
		assertThat(actual).as("%s of the %s store", file, storeName())
			.containsExactlyElementsOf(StoredLedger.readLines(this.fixture.resolve(file)));
	}

	private Path evidenceFile(String dossier) {
		return this.fixture.resolve(StoredLedger.EVIDENCE).resolve(dossier + ".json");
	}

	private static JsonNode readJson(byte[] json) {
		try {
			return StoredLedger.JSON.readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
