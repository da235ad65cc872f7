package vn.dossierledger.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The physical limit of audit indexing: Elasticsearch {@code _bulk} requests into a fresh
 * index with the audit index's mapping and settings (one shard, no replica), from a few
 * client threads, with no event store and no projection behind them.
 * <p>
 * {@link #rebuiltDocuments} sends the rebuilt audit documents themselves, each under its
 * own identifier — the work Elasticsearch does in a rebuild — read from the index
 * beforehand ({@link #export}, not timed) into request bodies ready to send.
 * {@link #sampleCopies}, the raw limit of the benchmark's first six rounds, sends copies
 * of 1,000 documents under sequential identifiers: every thousandth document repeats the
 * same event identifier, dossier and text, which Elasticsearch indexes faster than as
 * many distinct documents.
 */
final class RawBulkLimit {

	private static final String SOURCE_ALIAS = "audit-history";

	private static final String WRITE_ALIAS = "audit-history-write";

	private static final String TARGET = "bench-raw-audit";

	private static final String NDJSON = "application/x-ndjson";

	private static final int EXPORT_PAGE = 5_000;

	private static final String SCROLL_KEEP_ALIVE = "2m";

	/** The longest wait for Elasticsearch to settle before a measurement. */
	private static final Duration SETTLE = Duration.ofMinutes(2);

	private final HttpJson elasticsearch;

	RawBulkLimit(HttpJson elasticsearch) {
		this.elasticsearch = elasticsearch;
	}

	/**
	 * Up to {@code documents} of the audit index's documents in index order, as
	 * {@code _bulk} bodies of {@code bulkSize} documents, each under its own identifier.
	 */
	Export export(long documents, int bulkSize) {
		awaitSearchesOnTheRebuiltIndex();
		List<byte[]> bodies = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		long count = 0;
		long sourceChars = 0;
		JsonNode page = this.elasticsearch
			.post("/" + SOURCE_ALIAS + "/_search?scroll=" + SCROLL_KEEP_ALIVE,
					Map.of("size", EXPORT_PAGE, "sort", List.of("_doc")))
			.requireOk("export the audit documents")
			.json();
		String scrollId = page.path("_scroll_id").asText();
		try {
			while (count < documents && !page.path("hits").path("hits").isEmpty()) {
				for (JsonNode hit : page.path("hits").path("hits")) {
					if (count == documents) {
						break;
					}
					String source = HttpJson.write(hit.path("_source"));
					body.append(action(hit.path("_id").asText())).append(source).append('\n');
					sourceChars += source.length();
					if (++count % bulkSize == 0) {
						bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
						body.setLength(0);
					}
				}
				page = this.elasticsearch
					.post("/_search/scroll", Map.of("scroll", SCROLL_KEEP_ALIVE, "scroll_id", scrollId))
					.requireOk("export the audit documents")
					.json();
			}
		}
		finally {
			this.elasticsearch.send("DELETE", "/_search/scroll", "application/json",
					HttpJson.write(Map.of("scroll_id", scrollId)));
		}
		if (!body.isEmpty()) {
			bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
		}
		if (count == 0) {
			throw new IllegalStateException("The audit index holds no documents to send");
		}
		return new Export(bodies, count, (double) sourceChars / count);
	}

	/** The exported documents, each once. */
	Result rebuiltDocuments(Export export, int clients) {
		AtomicInteger next = new AtomicInteger();
		return index(export.documents(), export.averageChars(), clients, () -> {
			int body = next.getAndIncrement();
			return (body < export.bodies().size()) ? export.bodies().get(body) : null;
		});
	}

	/**
	 * Copies of the audit index's first 1,000 documents, under sequential identifiers.
	 */
	Result sampleCopies(long documents, int bulkSize, int clients) {
		List<String> sample = new ArrayList<>();
		this.elasticsearch.post("/" + SOURCE_ALIAS + "/_search", Map.of("size", 1000))
			.requireOk("audit sample")
			.json()
			.path("hits")
			.path("hits")
			.forEach((hit) -> sample.add(HttpJson.write(hit.path("_source"))));
		if (sample.isEmpty()) {
			throw new IllegalStateException("The audit index holds no documents to copy");
		}
		double averageChars = sample.stream().mapToInt(String::length).average().orElse(0);
		AtomicLong next = new AtomicLong();
		return index(documents, averageChars, clients, () -> {
			long first = next.getAndAdd(bulkSize);
			if (first >= documents) {
				return null;
			}
			StringBuilder body = new StringBuilder();
			for (long n = first; n < Math.min(documents, first + bulkSize); n++) {
				body.append(action("raw-" + n)).append(sample.get((int) (n % sample.size()))).append('\n');
			}
			return body.toString().getBytes(StandardCharsets.UTF_8);
		});
	}

	/** Sends the bodies from {@code clients} threads until there are no more, timed. */
	private Result index(long documents, double averageChars, int clients, Supplier<byte[]> bodies) {
		JsonNode mapping = this.elasticsearch.get("/" + SOURCE_ALIAS + "/_mapping").requireOk("audit mapping").json();
		JsonNode mappings = mapping.elements().next().path("mappings");
		this.elasticsearch.send("DELETE", "/" + TARGET, "application/json", "");
		this.elasticsearch
			.send("PUT", "/" + TARGET, "application/json",
					HttpJson.write(Map.of("settings", Map.of("number_of_shards", 1, "number_of_replicas", 0),
							"mappings", mappings)))
			.requireOk("create " + TARGET);
		awaitNoMerges();
		AtomicLong refusedRequests = new AtomicLong();
		long start = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(() -> {
				byte[] body;
				while ((body = bodies.get()) != null) {
					JsonNode reply = this.elasticsearch.send("POST", "/_bulk", NDJSON, body).requireOk("bulk").json();
					if (reply.path("errors").asBoolean()) {
						refusedRequests.incrementAndGet();
					}
				}
			}, "raw-bulk-" + i);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		this.elasticsearch.send("DELETE", "/" + TARGET, "application/json", "");
		return new Result(documents, refusedRequests.get(), averageChars, elapsed);
	}

	/**
	 * The app moves searches onto the rebuilt index (and deletes the old one) a moment
	 * after the replay has caught up; an export started before would lose its scroll.
	 */
	private void awaitSearchesOnTheRebuiltIndex() {
		if (!awaitUntil(() -> indicesBehind(SOURCE_ALIAS).equals(indicesBehind(WRITE_ALIAS)))) {
			throw new IllegalStateException("Searches did not move onto the rebuilt audit index");
		}
	}

	private List<String> indicesBehind(String alias) {
		List<String> indices = new ArrayList<>();
		this.elasticsearch.get("/_alias/" + alias)
			.requireOk("the indices behind " + alias)
			.json()
			.fieldNames()
			.forEachRemaining(indices::add);
		return indices;
	}

	/**
	 * A limit measured while Elasticsearch still merges the segments of the index just
	 * rebuilt or filled would be low by that work: wait (at most {@link #SETTLE}).
	 */
	private void awaitNoMerges() {
		awaitUntil(() -> {
			long running = 0;
			for (JsonNode node : this.elasticsearch.get("/_nodes/stats/indices/merge")
				.requireOk("merge statistics")
				.json()
				.path("nodes")) {
				running += node.path("indices").path("merges").path("current").asLong();
			}
			return running == 0;
		});
	}

	/** Polls every half second; whether the condition held within {@link #SETTLE}. */
	private static boolean awaitUntil(BooleanSupplier condition) {
		long deadline = System.nanoTime() + SETTLE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private static String action(String id) {
		return "{\"index\":{\"_index\":\"" + TARGET + "\",\"_id\":\"" + id + "\"}}\n";
	}

	/** Documents read from the audit index, as request bodies ready to send. */
	record Export(List<byte[]> bodies, long documents, double averageChars) {
	}

	record Result(long documents, long refusedRequests, double averageChars, Duration elapsed) {

		double perSecond() {
			return this.documents / (this.elapsed.toNanos() / 1e9);
		}

		String describe() {
			return String.format("%,d documents of ~%,.0f characters in %.1f s = %,.0f docs/s, %,d requests refused",
					this.documents, this.averageChars, this.elapsed.toNanos() / 1e9, perSecond(), this.refusedRequests);
		}

	}

}
