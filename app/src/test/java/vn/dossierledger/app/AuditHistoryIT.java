package vn.dossierledger.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.http.HttpMethod;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.app.elasticsearch.ElasticsearchGate;
import vn.dossierledger.app.elasticsearch.ElasticsearchTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit history on the real Elasticsearch, through the application's own HTTP API:
 * documents arrive for every stored event, Vietnamese text is found without diacritics,
 * facets count exactly, a rebuild moves the alias to a new index, and while Elasticsearch
 * is down the ledger works on and nothing is lost. One application (H2 in a temporary
 * directory) reaches the shared test server through a gate the test can shut.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditHistoryIT {

	private static final String SUPPLEMENT_REASON = "Giấy chứng sinh bản chụp bị mờ, đề nghị bổ sung bản chính";

	private final ElasticsearchClient elasticsearch = ElasticsearchTestServer.client();

	private ElasticsearchGate gate;

	private LedgerApplication application;

	private LedgerApi api;

	private final List<String> dossierIds = new ArrayList<>();

	private String supplementedDossierId;

	@BeforeAll
	void start() throws IOException {
		// A fresh audit index: other application contexts may have written one.
		// (by name: this server refuses wildcard deletes)
		List<String> left = List.copyOf(auditIndices());
		if (!left.isEmpty()) {
			this.elasticsearch.indices().delete((delete) -> delete.index(left));
		}
		this.gate = ElasticsearchGate.toSharedServer();
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "audit-");
		this.application = LedgerApplication.start(Map.of("dossier-ledger.data-dir", data.toAbsolutePath(),
				"dossier-ledger.elasticsearch.url", this.gate.url()));
		this.api = this.application.api();
		DossierWalk delivered = DossierWalk.submit(this.api).receive().processUntilResultIssued().deliver().rate();
		DossierWalk received = DossierWalk.submit(this.api).receive();
		DossierWalk supplemented = DossierWalk.submit(this.api);
		Reply guidance = this.api.post(supplemented.path("/intake-supplement-requests"),
				Map.of("actingOfficerId", BirthRegistration.RECEIVING_OFFICER, "items",
						List.of(Map.of("componentCode", "GIAY_CHUNG_SINH", "issue", "Bản chụp không rõ")), "reason",
						SUPPLEMENT_REASON, "legalBasis", "Nghị định 118/2025/NĐ-CP"),
				0L);
		assertThat(guidance.status()).as("intake supplement %s", guidance).isEqualTo(200);
		this.supplementedDossierId = supplemented.dossierId();
		this.dossierIds.addAll(List.of(delivered.dossierId(), received.dossierId(), supplemented.dossierId()));
		awaitAllEventsIndexed();
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
	void findsTheVietnameseReasonWrittenWithoutDiacritics() {
		JsonNode found = search("q=bo sung ban chinh").json();

		assertThat(found.path("total").asLong()).isOne();
		JsonNode hit = found.path("hits").get(0);
		assertThat(hit.path("dossierId").asText()).isEqualTo(this.supplementedDossierId);
		assertThat(hit.path("eventType").asText()).isEqualTo("IntakeSupplementRequested");
		assertThat(hit.path("text").asText()).contains(SUPPLEMENT_REASON);
		assertThat(hit.path("nationalStatusCode").asInt()).isEqualTo(5);
		// With diacritics, and an officer's name folded, too.
		assertThat(search("q=bổ sung").json().path("total").asLong()).isOne();
		assertThat(search("q=vu tien tuan&eventType=IntakeSupplementRequested").json().path("total").asLong()).isOne();
	}

	@Test
	@Order(2)
	void countsFacetsExactlyAsTheEventStoreHasThem() {
		JsonNode found = search("size=1").json();
		Map<String, Long> typesInStore = this.dossierIds.stream()
			.flatMap((id) -> this.application.eventStore().eventsOf(id).stream())
			.collect(Collectors.groupingBy((event) -> event.simpleType().replaceFirst("Event$", ""), TreeMap::new,
					Collectors.counting()));

		assertThat(found.path("total").asLong()).isEqualTo(this.application.eventStore().dossierEventCount());
		assertThat(facet(found, "eventType")).isEqualTo(typesInStore);
		assertThat(facet(found, "procedureCode"))
			.containsExactly(Map.entry(BirthRegistration.PROCEDURE, this.application.eventStore().dossierEventCount()));
		assertThat(facet(found, "role").get("APPLICANT")).isEqualTo(3 + 1); // three
																			// submissions,
																			// one rating
		// A filter narrows hits and facets alike.
		JsonNode bySpecialist = search("actorId=" + BirthRegistration.SPECIALIST).json();
		assertThat(facet(bySpecialist, "role")).containsOnlyKeys("SPECIALIST");
		assertThat(bySpecialist.path("total").asLong()).isEqualTo(facet(bySpecialist, "role").get("SPECIALIST"));
	}

	@Test
	@Order(3)
	void pagesThroughAllHitsInBusinessTimeOrder() {
		long total = search("size=1").json().path("total").asLong();
		List<String> ids = new ArrayList<>();
		List<String> times = new ArrayList<>();
		for (int page = 0; page * 4 < total; page++) {
			JsonNode hits = search("size=4&page=" + page).json().path("hits");
			assertThat(hits.size()).isLessThanOrEqualTo(4);
			hits.forEach((hit) -> {
				ids.add(hit.path("eventId").asText());
				times.add(hit.path("occurredAt").asText());
			});
		}

		assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
		assertThat(times.stream().map(java.time.Instant::parse).toList()).isSorted();
		assertThat(search("size=101").status()).isEqualTo(400);
	}

	@Test
	@Order(4)
	void showsADossiersHistoryInSequenceWithTheTimeHeldPerStep() {
		String dossierId = this.dossierIds.get(0);
		JsonNode history = this.api.exchange(HttpMethod.GET, "/api/dossiers/" + dossierId + "/audit", null, null, null)
			.json();
		List<String> storedTypes = this.application.eventStore()
			.eventsOf(dossierId)
			.stream()
			.map((event) -> event.simpleType().replaceFirst("Event$", ""))
			.toList();

		List<String> types = new ArrayList<>();
		long held = 0;
		for (int i = 0; i < history.path("events").size(); i++) {
			JsonNode event = history.path("events").get(i);
			assertThat(event.path("sequence").asLong()).isEqualTo(i);
			types.add(event.path("eventType").asText());
			held += event.path("heldWorkingMinutes").asLong(0);
			if (i == 0) {
				assertThat(event.path("heldWorkingMinutes").isNull()).isTrue();
			}
			else {
				assertThat(event.path("heldWorkingMinutes").asLong()).isNotNegative();
			}
		}
		assertThat(types).isEqualTo(storedTypes);
		assertThat(history.path("totalHeldWorkingMinutes").asLong()).isEqualTo(held);
		assertThat(this.api.exchange(HttpMethod.GET, "/api/dossiers/no-such-dossier/audit", null, null, null).status())
			.isEqualTo(404);
	}

	@Test
	@Order(5)
	void rebuildsIntoANewIndexAndMovesTheAliasWhenTheReplayHasCaughtUp() throws IOException {
		Set<String> before = readIndices();
		long documents = this.application.eventStore().dossierEventCount();
		StreamingEventProcessor processor = auditProcessor();

		processor.shutDown();
		processor.resetTokens();
		processor.start();

		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			Set<String> after = readIndices();
			assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
			assertThat(count()).isEqualTo(documents);
			// and the old physical index is gone
			assertThat(auditIndices()).isEqualTo(after);
		});
		// Filled without refreshes, searchable again once searches read it.
		assertThat(refreshInterval(readIndices().iterator().next())).isEqualTo("1s");
		assertThat(search("q=bo sung ban chinh").json().path("total").asLong()).isOne();
	}

	@Test
	@Order(6)
	void keepsTheLedgerWorkingWhileElasticsearchIsDownAndLosesNothing() throws IOException {
		long indexedBefore = count();
		int segments = auditProcessor().processingStatus().size();
		this.gate.shut();
		try {
			DossierWalk walk = DossierWalk.submit(this.api)
				.receive()
				.transfer(BirthRegistration.RECEIVING_OFFICER, BirthRegistration.SPECIALIST, "THAM_DINH");
			this.dossierIds.add(walk.dossierId());

			// In error: the pooled processor released the failing segment (to claim it
			// again after a back-off) or marks it in error; its token stays put.
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
				Map<Integer, EventTrackerStatus> claimed = auditProcessor().processingStatus();
				return claimed.size() < segments
						|| claimed.values().stream().anyMatch(EventTrackerStatus::isErrorState);
			});
			assertThat(search("size=1").status()).isEqualTo(503);
			assertThat(search("size=1").contentType().toString()).contains("problem+json");
			assertThat(count()).as("nothing indexed while down").isEqualTo(indexedBefore);
		}
		finally {
			this.gate.open();
		}
		awaitAllEventsIndexed();
		assertThat(count()).isEqualTo(indexedBefore + 3);
	}

	private void awaitAllEventsIndexed() {
		await().atMost(Duration.ofSeconds(150))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(count()).isEqualTo(this.application.eventStore().dossierEventCount()));
	}

	private String refreshInterval(String index) throws IOException {
		IndexSettings settings = this.elasticsearch.indices()
			.getSettings((get) -> get.index(index))
			.get(index)
			.settings();
		Time interval = (settings.index() != null) ? settings.index().refreshInterval() : settings.refreshInterval();
		return (interval != null) ? interval.time() : null;
	}

	private long count() throws IOException {
		if (readIndices().isEmpty()) {
			return 0;
		}
		this.elasticsearch.indices().refresh((refresh) -> refresh.index("audit-history*"));
		return this.elasticsearch.count((count) -> count.index("audit-history")).count();
	}

	private Set<String> auditIndices() throws IOException {
		return this.elasticsearch.indices().get((get) -> get.index("audit-history-v*")).result().keySet();
	}

	private Set<String> readIndices() throws IOException {
		if (!this.elasticsearch.indices().existsAlias((exists) -> exists.name("audit-history")).value()) {
			return Set.of();
		}
		return new HashSet<>(
				this.elasticsearch.indices().getAlias((get) -> get.name("audit-history")).result().keySet());
	}

	private Reply search(String parameters) {
		return this.api.exchange(HttpMethod.GET, "/api/audit/events?" + parameters, null, null, null);
	}

	private static Map<String, Long> facet(JsonNode found, String name) {
		Map<String, Long> counts = new TreeMap<>();
		found.path("facets")
			.path(name)
			.forEach((bucket) -> counts.put(bucket.path("value").asText(), bucket.path("count").asLong()));
		return counts;
	}

	private StreamingEventProcessor auditProcessor() {
		return this.application.bean(EventProcessingConfiguration.class)
			.orElseThrow()
			.eventProcessor("audit-history", StreamingEventProcessor.class)
			.orElseThrow();
	}

}
