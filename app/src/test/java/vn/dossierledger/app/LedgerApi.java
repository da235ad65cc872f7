package vn.dossierledger.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * is an answer to assert on, like any other. Each request carries a bearer token: by
 * default that of the person the request itself names as acting ({@link #actorOf}: the
 * officer of a command, the applicant of a submission, the gateway of a payment, the
 * inspector for oversight reads…), so that the tests of what a request does read as
 * before; {@link #as} and {@link #anonymous} fix the caller for the tests of who may
 * call.
 */
final class LedgerApi {

	static final String INSPECTOR = "inspector-01";

	static final String ANALYST = "analyst-01";

	static final String ADMIN = "admin-01";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CITIZEN_LIST = Pattern.compile("/api/citizens/([^/]+)/dossiers.*");

	/** The reads the access audit records; an inspector states a purpose for each. */
	private static final Pattern AUDITED_READ = Pattern.compile(
			"/api/(dossiers/[^/?]+/(history|as-of|diff|audit|control-sheet|evidence)|audit/events|units/[^/?]+/dossiers)([?].*)?");

	private static final Pattern DOSSIER_PAYMENT = Pattern.compile("/api/dossiers/[^/]+/(payments|payment-failures)");

	private final RestClient client;

	private final Tokens tokens;

	/** Who every request is made by: null to infer it from the request, "" for nobody. */
	private final String caller;

	private LedgerApi(RestClient client, Tokens tokens, String caller) {
		this.client = client;
		this.tokens = tokens;
		this.caller = caller;
	}

	/** Against the application on this port, with tokens from its development issuer. */
	static LedgerApi onPort(int port) {
		return onPort(port, new DevelopmentIssuerTokens(port));
	}

	static LedgerApi onPort(int port, Tokens tokens) {
		return new LedgerApi(RestClient.create("http://localhost:" + port), tokens, null);
	}

	/** The same client, every request made by this person. */
	LedgerApi as(String personId) {
		return new LedgerApi(this.client, this.tokens, personId);
	}

	/** The same client, without a token. */
	LedgerApi anonymous() {
		return new LedgerApi(this.client, this.tokens, "");
	}

	Reply get(String path) {
		return exchange(HttpMethod.GET, path, null, null, null);
	}

	/** The body exactly as sent, e.g. a file to keep byte for byte. */
	byte[] download(String path) {
		RestClient.RequestHeadersSpec<?> request = this.client.get().uri(withPurpose(HttpMethod.GET, path));
		String token = tokenOf(HttpMethod.GET, path, null);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return request.retrieve().body(byte[].class);
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
		RestClient.RequestBodySpec request = this.client.method(method).uri(withPurpose(method, path));
		String token = (headers != null && headers.containsHeader(HttpHeaders.AUTHORIZATION)) ? null
				: tokenOf(method, path, body);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
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
		return request
			.exchange((sent, response) -> new Reply(response.getStatusCode().value(), response.getHeaders().getETag(),
					response.getHeaders().getContentType(), read(response.getBody()), response.getHeaders()));
	}

	/**
	 * The path with a stated purpose when it is an audited read that states none, as an
	 * inspector's client would send it; tests of the purpose rule write their own.
	 */
	private static String withPurpose(HttpMethod method, String path) {
		if (method != HttpMethod.GET || !AUDITED_READ.matcher(path).matches() || path.contains("purpose=")) {
			return path;
		}
		return path + (path.contains("?") ? "&" : "?") + "purpose=integration-test";
	}

	private String tokenOf(HttpMethod method, String path, Object body) {
		String person = (this.caller != null) ? this.caller : actorOf(method, path, tree(body));
		return (person == null || person.isEmpty()) ? null : this.tokens.tokenFor(person);
	}

	/**
	 * Who a request names as acting, as a client of that person would send it: nobody for
	 * the public status lookup.
	 */
	static String actorOf(HttpMethod method, String path, JsonNode body) {
		String bare = path.split("\\?")[0];
		if (bare.startsWith("/api/status/")) {
			return null;
		}
		if (bare.startsWith("/api/admin") || bare.startsWith("/actuator")) {
			return ADMIN;
		}
		if (bare.startsWith("/api/statistics")) {
			return ANALYST;
		}
		Matcher citizen = CITIZEN_LIST.matcher(bare);
		if (citizen.matches()) {
			return citizen.group(1);
		}
		if (method == HttpMethod.POST && bare.equals("/api/demo/signatures")) {
			return body.path("signer").asText(null);
		}
		if (method == HttpMethod.POST && bare.equals("/api/dossiers")) {
			return body.path("applicant").path("subjectRef").asText(null);
		}
		if (method == HttpMethod.POST && DOSSIER_PAYMENT.matcher(bare).matches()
				&& !"CASH_AT_DESK".equals(body.path("gateway").asText())) {
			return body.path("gateway").asText(null);
		}
		if (method == HttpMethod.POST && bare.startsWith("/api/dossiers/")) {
			for (String field : List.of("actingOfficerId", "submittedBy", "requestedBy", "ratedBy")) {
				if (body.hasNonNull(field)) {
					return body.path(field).asText();
				}
			}
		}
		return INSPECTOR;
	}

	/** A body as JSON, or nothing when it is none or not JSON. */
	static JsonNode tree(Object body) {
		try {
			if (body == null) {
				return MissingNode.getInstance();
			}
			if (body instanceof JsonNode node) {
				return node;
			}
			if (body instanceof String text) {
				return JSON.readTree(text);
			}
			if (body instanceof byte[] bytes) {
				return JSON.readTree(bytes);
			}
			return JSON.valueToTree(body);
		}
		catch (IOException | IllegalArgumentException ex) {
			return MissingNode.getInstance();
		}
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

	/** An answer: status, ETag, content type, JSON body and every header. */
	record Reply(int status, String etag, MediaType contentType, JsonNode json, HttpHeaders headers) {

		String header(String name) {
			return this.headers.getFirst(name);
		}

		String location() {
			return header(HttpHeaders.LOCATION);
		}

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
