package vn.dossierledger.app;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * HTTP calls against a running application that never throw on an error status: a refusal
 * is an answer to assert on, like any other.
 */
final class LedgerApi {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RestClient client;

	private LedgerApi(RestClient client) {
		this.client = client;
	}

	static LedgerApi onPort(int port) {
		return new LedgerApi(RestClient.create("http://localhost:" + port));
	}

	Reply get(String path) {
		return exchange(HttpMethod.GET, path, null, null, null);
	}

	/** The body exactly as sent, e.g. a file to keep byte for byte. */
	byte[] download(String path) {
		return this.client.get().uri(path).retrieve().body(byte[].class);
	}

	Reply post(String path, Object body) {
		return post(path, body, null);
	}

	/**
	 * @param ifMatch the version last seen, sent as an entity tag; {@code null} for none
	 */
	Reply post(String path, Object body, Long ifMatch) {
		return exchange(HttpMethod.POST, path, null, body, (ifMatch != null) ? "\"" + ifMatch + "\"" : null);
	}

	/** A request as written, e.g. replayed from requests.http. */
	Reply exchange(HttpMethod method, String path, HttpHeaders headers, Object body, String ifMatch) {
		RestClient.RequestBodySpec request = this.client.method(method).uri(path);
		if (headers != null) {
			request.headers((all) -> all.addAll(headers));
		}
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (body != null) {
			if (headers == null || headers.getContentType() == null) {
				request.contentType(MediaType.APPLICATION_JSON);
			}
			request.body(written(body));
		}
		return request.exchange((sent, response) -> new Reply(response.getStatusCode().value(),
				response.getHeaders().getETag(), response.getHeaders().getContentType(), read(response.getBody())));
	}

	/**
	 * Objects and JSON trees written by this client's own (Jackson 2) mapper, as it reads
	 * the answers: RestClient's default converter is the server's Jackson 3, which writes
	 * a Jackson 2 tree as a bean. Text and bytes go as they are.
	 */
	private static Object written(Object body) {
		if (body instanceof String || body instanceof byte[]) {
			return body;
		}
		try {
			return JSON.writeValueAsBytes(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Cannot write " + body, ex);
		}
	}

	private static JsonNode read(InputStream body) throws IOException {
		byte[] bytes = body.readAllBytes();
		return (bytes.length == 0) ? MissingNode.getInstance() : JSON.readTree(bytes);
	}

	/** An answer: status, ETag, content type and JSON body. */
	record Reply(int status, String etag, MediaType contentType, JsonNode json) {

		String text(String field) {
			return this.json.path(field).asText();
		}

		long version() {
			return this.json.path("version").asLong();
		}

		@Override
		public String toString() {
			return this.status + " " + this.json;
		}

	}

}
