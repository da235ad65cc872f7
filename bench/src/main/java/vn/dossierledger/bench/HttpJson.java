package vn.dossierledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small JSON-over-HTTP client on the JDK's HttpClient (HTTP/1.1, keep-alive). */
final class HttpJson implements JsonPost {

	static final ObjectMapper JSON = new ObjectMapper();

	/** A rebuild stops its processor first, which waits for a replay batch in flight. */
	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	/** The {@code Authorization} header of every request, or null for none. */
	private final Supplier<String> authorization;

	HttpJson(String baseUrl) {
		this(baseUrl, null);
	}

	HttpJson(String baseUrl, Supplier<String> authorization) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	Reply get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	@Override
	public Reply post(String path, Object body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(write(body))));
	}

	/** A PUT or POST of a raw body (Elasticsearch's NDJSON bulk, index creation). */
	Reply send(String method, String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).method(method, BodyPublishers.ofString(body)));
	}

	/** A POST of a body already encoded (Elasticsearch's NDJSON bulk, prepared ahead). */
	Reply send(String method, String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType).method(method, BodyPublishers.ofByteArray(body)));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(TIMEOUT);
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization.get());
		}
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return builder;
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			var response = this.client.send(request.build(), BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	static String write(Object body) {
		if (body instanceof String text) {
			return text;
		}
		try {
			return JSON.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	record Reply(int status, String body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Not JSON: " + this.body, ex);
			}
		}

		Reply requireOk(String what) {
			if (!ok()) {
				throw new IllegalStateException(what + " answered " + this.status + ": " + this.body);
			}
			return this;
		}

	}

}
