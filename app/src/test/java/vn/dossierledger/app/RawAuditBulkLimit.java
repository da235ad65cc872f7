package vn.dossierledger.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A quick upper bound of audit indexing, as the benchmark measured it in its first six
 * rounds ({@code RawBulkLimit.sampleCopies}): {@code _bulk} requests of copies of 1,000
 * documents of the audit index (same mapping, same size) under sequential identifiers,
 * into a fresh index with its settings (one shard, no replica), from a few client threads
 * — no event store, no projection. Elasticsearch indexes such repeated copies faster than
 * as many distinct documents (by ~10 % in the benchmark's seventh round), and this runs
 * right after a rebuild, while Elasticsearch may still merge the rebuilt index; the
 * benchmark's raw limit waits for merges and sends the rebuilt documents themselves
 * ({@code RawBulkLimit.rebuiltDocuments}).
 */
final class RawAuditBulkLimit {

	private static final String SOURCE_ALIAS = "audit-history";

	private static final String TARGET = "raw-audit-bulk-limit";

	private static final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI elasticsearch;

	RawAuditBulkLimit(URI elasticsearch) {
		this.elasticsearch = elasticsearch;
	}

	Result measure(long documents, int bulkSize, int clients) throws InterruptedException {
		JsonNode mappings = send("GET", "/" + SOURCE_ALIAS + "/_mapping", null).elements().next().path("mappings");
		send("PUT", "/" + TARGET,
				"{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},\"mappings\":" + mappings + "}");
		List<String> sample = new ArrayList<>();
		send("POST", "/" + SOURCE_ALIAS + "/_search", "{\"size\":1000}").path("hits")
			.path("hits")
			.forEach((hit) -> sample.add(hit.path("_source").toString()));
		if (sample.isEmpty()) {
			throw new IllegalStateException("The audit index holds no documents to copy");
		}
		AtomicLong next = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long started = System.nanoTime();
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
					if (send("POST", "/_bulk", body.toString()).path("errors").asBoolean()) {
						failed.addAndGet(last - first);
					}
				}
			}, "raw-audit-bulk-" + i);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		double averageBytes = sample.stream().mapToInt(String::length).average().orElse(0);
		send("DELETE", "/" + TARGET, null);
		return new Result(documents, failed.get(), averageBytes, elapsed);
	}

	private JsonNode send(String method, String path, String body) {
		HttpRequest request = HttpRequest.newBuilder(this.elasticsearch.resolve(path))
			.header("Content-Type", path.equals("/_bulk") ? "application/x-ndjson" : "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
						+ response.body().substring(0, Math.min(500, response.body().length())));
			}
			return json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Result(long documents, long failed, double averageBytes, Duration elapsed) {

		long perSecond() {
			return Math.round(this.documents * 1e9 / Math.max(1, this.elapsed.toNanos()));
		}

		@Override
		public String toString() {
			return String.format("%,d docs/s (%,d documents of ~%,.0f bytes in %,d ms, %,d failed)", perSecond(),
					this.documents, this.averageBytes, this.elapsed.toMillis(), this.failed);
		}

	}

}
