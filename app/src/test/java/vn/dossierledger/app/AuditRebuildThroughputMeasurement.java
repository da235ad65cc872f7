package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;

import vn.dossierledger.app.elasticsearch.ElasticsearchTestServer;
import vn.dossierledger.projection.audit.AuditHistoryProjection;

/**
 * How fast the audit index is rebuilt from a PostgreSQL event store into the real
 * Elasticsearch, next to the raw {@code _bulk} limit of the same server measured in the
 * same run. Not part of the normal build — the name does not end in IT; run it on
 * purpose:
 *
 * <pre>
 * ./mvnw -o -pl app -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=AuditRebuildThroughputMeasurement [-Dbench.audit.events=200000] \
 *     [-Dbench.audit.demo-dossiers=1000] [-Dbench.audit.segments=2] \
 *     [-Dbench.audit.configurations='axon.eventhandling.processors.audit-history.batch-size=500;']
 * </pre>
 *
 * The demo seeds a province through the real command path and its events are cloned
 * ({@link ReplayBenchmarkEvents}); the application then starts with Elasticsearch and
 * every processor's token at the head (once per configuration of
 * {@code bench.audit.configurations}, see {@link BenchmarkConfigurations}), and
 * {@code audit-history} is rebuilt through the admin, timed from the rebuild request
 * until the processor has caught up. Beside it, {@code _bulk} of copies of 1,000 of the
 * rebuilt documents, 2 clients ({@link RawAuditBulkLimit}: an easier load than the
 * benchmark's raw limit, the rebuilt documents themselves).
 */
class AuditRebuildThroughputMeasurement {

	private static final long TARGET_EVENTS = Long.getLong("bench.audit.events", 200_000);

	private static final int DEMO_DOSSIERS = Integer.getInteger("bench.audit.demo-dossiers", 1_000);

	private static final int SEGMENTS = Integer.getInteger("bench.audit.segments", 2);

	private static final Duration MAX_REBUILD = Duration.ofSeconds(Long.getLong("bench.audit.max-seconds", 900));

	private static final List<Map<String, Object>> CONFIGURATIONS = BenchmarkConfigurations
		.fromSystemProperty("bench.audit.configurations");

	@Test
	void rebuildsTheAuditIndexNextToTheRawBulkLimit() throws Exception {
		ReplayBenchmarkEvents.SeededStore store = ReplayBenchmarkEvents.seedAndClone(DEMO_DOSSIERS, TARGET_EVENTS);
		Map<String, Object> database = store.database();
		ReplayBenchmarkEvents events = store.events();
		long seeded = store.seeded();
		long total = store.total();
		URI elasticsearch = ElasticsearchTestServer.url();
		ElasticsearchClient client = ElasticsearchTestServer.client();

		List<String> lines = new ArrayList<>();
		List<ReadModelRebuilds.Outcome> rebuilds = new ArrayList<>();
		for (Map<String, Object> configuration : CONFIGURATIONS) {
			events.tokensAtHead(SEGMENTS, AuditHistoryProjection.PROCESSING_GROUP);
			deleteAuditIndices(client);
			Map<String, Object> properties = new LinkedHashMap<>(database);
			properties.put("dossier-ledger.elasticsearch.url", elasticsearch);
			properties.putAll(configuration);
			try (LedgerApplication application = LedgerApplication.start(properties)) {
				ReadModelRebuilds.Outcome rebuild = new ReadModelRebuilds(application, MAX_REBUILD)
					.alone(AuditHistoryProjection.PROCESSING_GROUP);
				long documents = awaitRebuiltIndex(client);
				report(lines, String.format("  audit-history rebuild, %s: %s, %,d documents in the rebuilt index",
						configuration.isEmpty() ? "(application defaults)" : configuration, rebuild, documents));
				assertThat(rebuild.finished()).isTrue();
				assertThat(documents).isEqualTo(total);
				rebuilds.add(rebuild);
			}
		}
		RawAuditBulkLimit.Result raw = new RawAuditBulkLimit(elasticsearch).measure(total, 1_000, 2);
		report(lines,
				String.format("  raw _bulk of copies of 1,000 documents (1,000 per request, 2 clients): %s", raw));
		rebuilds.forEach((rebuild) -> report(lines,
				String.format("  rebuild / raw copies: %.0f %%", 100.0 * rebuild.eventsPerSecond() / raw.perSecond())));

		System.out.println("Summary");
		System.out.printf("Audit rebuild: %,d events (%,d seeded by the demo, the rest cloned), %d cores%n", total,
				seeded, Runtime.getRuntime().availableProcessors());
		lines.forEach(System.out::println);
	}

	/** Printed at once (a long run shows progress) and again in the summary. */
	private static void report(List<String> lines, String line) {
		System.out.println(line);
		lines.add(line);
	}

	/**
	 * The read alias moves once the watcher sees the replay caught up (within a second);
	 * then the new index holds every document.
	 */
	private static long awaitRebuiltIndex(ElasticsearchClient client) {
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			Set<String> read = client.indices().getAlias((get) -> get.name("audit-history")).result().keySet();
			if (read.contains("audit-history-v1")) {
				return -1L;
			}
			client.indices().refresh((refresh) -> refresh.index("audit-history"));
			return client.count((count) -> count.index("audit-history")).count();
		}, (count) -> count >= 0);
	}

	/** A fresh start: other runs in this JVM may have left audit indices (by name). */
	private static void deleteAuditIndices(ElasticsearchClient client) throws IOException {
		List<String> left = List.copyOf(client.indices().get((get) -> get.index("audit-history-v*")).result().keySet());
		if (!left.isEmpty()) {
			client.indices().delete((delete) -> delete.index(left));
		}
	}

}
