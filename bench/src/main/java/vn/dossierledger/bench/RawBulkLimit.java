package vn.dossierledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The physical limit of audit indexing: Elasticsearch {@code _bulk} requests of documents
 * copied from the audit index (same mapping, same size), into a fresh index with the
 * audit index's settings (one shard, no replica).
 */
final class RawBulkLimit {

	private static final String SOURCE_ALIAS = "audit-history";

	private static final String TARGET = "bench-raw-audit";

	private final HttpJson elasticsearch;

	RawBulkLimit(HttpJson elasticsearch) {
		this.elasticsearch = elasticsearch;
	}

	Result run(long documents, int bulkSize, int clients) {
		JsonNode mapping = this.elasticsearch.get("/" + SOURCE_ALIAS + "/_mapping").requireOk("audit mapping").json();
		JsonNode mappings = mapping.elements().next().path("mappings");
		this.elasticsearch.send("DELETE", "/" + TARGET, "application/json", "");
		this.elasticsearch
			.send("PUT", "/" + TARGET, "application/json",
					HttpJson.write(Map.of("settings", Map.of("number_of_shards", 1, "number_of_replicas", 0),
							"mappings", mappings)))
			.requireOk("create " + TARGET);
		List<String> sample = new ArrayList<>();
		JsonNode hits = this.elasticsearch.post("/" + SOURCE_ALIAS + "/_search", Map.of("size", 1000))
			.requireOk("audit sample")
			.json()
			.path("hits")
			.path("hits");
		hits.forEach((hit) -> sample.add(HttpJson.write(hit.path("_source"))));
		if (sample.isEmpty()) {
			throw new IllegalStateException("The audit index holds no documents to copy");
		}
		double averageBytes = sample.stream().mapToInt(String::length).average().orElse(0);
		AtomicLong next = new AtomicLong();
		AtomicLong failedItems = new AtomicLong();
		long start = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(() -> {
				long first;
				while ((first = next.getAndAdd(bulkSize)) < documents) {
					long last = Math.min(documents, first + bulkSize);
					StringBuilder body = new StringBuilder();
					for (long n = first; n < last; n++) {
						body.append("{\"index\":{\"_index\":\"" + TARGET + "\",\"_id\":\"raw-" + n + "\"}}\n")
							.append(sample.get((int) (n % sample.size())))
							.append('\n');
					}
					JsonNode reply = this.elasticsearch.send("POST", "/_bulk", "application/x-ndjson", body.toString())
						.requireOk("bulk")
						.json();
					if (reply.path("errors").asBoolean()) {
						failedItems.addAndGet(last - first);
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
		return new Result(documents, failedItems.get(), averageBytes, elapsed);
	}

	record Result(long documents, long failed, double averageBytes, Duration elapsed) {

		double perSecond() {
			return this.documents / (this.elapsed.toNanos() / 1e9);
		}

		String describe() {
			return String.format("%,d documents of ~%,.0f bytes in %.1f s = %,.0f docs/s, %,d failed", this.documents,
					this.averageBytes, this.elapsed.toNanos() / 1e9, perSecond(), this.failed);
		}

	}

}
