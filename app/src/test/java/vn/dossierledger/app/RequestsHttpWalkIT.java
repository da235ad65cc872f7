package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * Replays the repository's {@code requests.http} against the running application, so the
 * walk a newcomer runs by hand cannot rot, and sends the other {@code requests-*.http}
 * files to check that each signs in the callers its requests need. Understands what those
 * files use of the IntelliJ HTTP client format: {@code @name = value} variables,
 * {@code {{name}}} substitution, {@code Authorization: Basic <id> <secret>} (which that
 * client encodes itself), and response handlers that assert {@code response.status === n}
 * and {@code response.body.field === "x"} and keep values with
 * {@code client.global.set("name", response.body.field)} (also {@code .items[0].field})
 * or {@code JSON.stringify(response.body)}.
 */
class RequestsHttpWalkIT extends SharedLedgerTest {

	private static final Path REPOSITORY = Path.of("..");

	private static final String TOKEN_ENDPOINT = "/oauth2/token";

	private static final Pattern VARIABLE_DEFINITION = Pattern.compile("^@(\\w+)\\s*=\\s*(.+)$");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

	private static final Pattern EXPECTED_STATUS = Pattern.compile("response\\.status === (\\d{3})");

	private static final Pattern EXPECTED_BODY_FIELD = Pattern.compile("response\\.body\\.(\\w+) === \"([^\"]*)\"");

	private static final Pattern KEPT_VALUE = Pattern.compile(
			"client\\.global\\.set\\(\"(\\w+)\",\\s*(JSON\\.stringify\\()?response\\.body((?:\\.\\w+|\\[\\d+])*)\\)?\\);");

	private static final Pattern PATH_STEP = Pattern.compile("\\.(\\w+)|\\[(\\d+)]");

	private static final Pattern BASIC_ID_AND_SECRET = Pattern.compile("Basic\\s+(\\S+)\\s+(\\S+)");

	private static final Pattern BEARER_VARIABLE = Pattern.compile("Bearer\\s+\\{\\{(\\w+)}}");

	@Test
	void requestsHttpWalksADossierThroughItsLifeWithTheRefusalsItAnnounces() throws IOException {
		List<String> lines = Files.readAllLines(REPOSITORY.resolve("requests.http"));
		Map<String, String> variables = variablesOf(lines);
		List<HttpRequest> requests = HttpRequest.parseAll(lines);
		assertThat(requests).filteredOn(HttpRequest::signsIn).as("sign-ins in requests.http").hasSize(5);
		assertThat(requests).filteredOn((request) -> !request.signsIn())
			.as("steps in requests.http")
			.hasSizeGreaterThanOrEqualTo(15);
		// Exactly what the file sends: no token is added, so a step without its actor's
		// token fails.
		LedgerApi api = api().anonymous();
		long eventsBefore = eventStore().eventCount();
		for (HttpRequest request : requests) {
			Reply reply = request.sendWith(api, variables);
			assertThat(reply.status()).as("%s answered %s", request.title(), reply).isEqualTo(request.expectedStatus());
			request.expectedBodyFields()
				.forEach((field, value) -> assertThat(reply.text(field)).as("%s: %s", request.title(), field)
					.isEqualTo(value));
			request.keptValues().forEach((name, path) -> variables.put(name, valueAt(reply.json(), path)));
		}
		// The sign-ins (/oauth2/token) store nothing; every accepted dossier command one
		// event.
		long successfulDossierCommands = requests.stream()
			.filter((request) -> request.expectedStatus() < 300 && request.target().contains("/api/dossiers"))
			.count();
		assertThat(eventStore().eventCount() - eventsBefore).as("one event per accepted command, none per refusal")
			.isEqualTo(successfulDossierCommands);
		assertThat(eventStore().eventsOf(variables.get("dossierId"))).last()
			.extracting(EventStoreRows.StoredEvent::simpleType)
			.isEqualTo("SatisfactionRatedEvent");
	}

	/**
	 * The other files assume the demo province and a search index, which this application
	 * runs without: what must hold everywhere is who calls. Each request sends the token
	 * of a person the file signed in above it (only the status lookup and the ledger's
	 * seals and keys go without) and that person may call it: no 401 or 403. A status the
	 * file asserts must come, unless the search index is missing (503, as the files say).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "requests-admin.http", "requests-audit.http", "requests-ledger.http",
			"requests-redflags.http", "requests-statistics.http", "requests-status.http" })
	void everyRequestsFileSignsInTheCallersItsRequestsNeed(String file) throws IOException {
		List<String> lines = Files.readAllLines(REPOSITORY.resolve(file));
		Map<String, String> variables = variablesOf(lines);
		List<HttpRequest> requests = HttpRequest.parseAll(lines);
		assertThat(requests).as("requests in %s", file).isNotEmpty();
		LedgerApi api = api().anonymous();
		Set<String> signedIn = new HashSet<>();
		for (HttpRequest request : requests) {
			String token = request.bearerVariable();
			if (request.signsIn()) {
				assertThat(request.keptValues()).as("%s keeps the access token", request.title())
					.containsValue(".access_token");
				signedIn.addAll(request.keptValues().keySet());
			}
			else if (token == null) {
				assertThat(request.target()).as("%s: only public reads go without a token", request.title())
					.containsAnyOf("/api/status/", "/api/ledger/seals/", "/api/ledger/public-key");
			}
			else {
				assertThat(signedIn).as("%s sends the token of a sign-in above it", request.title()).contains(token);
			}
			if (request.streamsEvents() || request.target().endsWith("/rebuild")) {
				// A stream never ends; a rebuild empties read models other tests read.
				continue;
			}
			Reply reply = request.sendWith(api, variables);
			assertThat(reply.status()).as("%s answered %s", request.title(), reply).isNotIn(401, 403);
			if (request.declaresStatus() && reply.status() != 503) {
				assertThat(reply.status()).as("%s answered %s", request.title(), reply)
					.isEqualTo(request.expectedStatus());
			}
			request.keptValues().forEach((name, path) -> variables.put(name, valueAt(reply.json(), path)));
		}
	}

	/** The file's {@code @name = value} lines before its first request, and the host. */
	private Map<String, String> variablesOf(List<String> lines) {
		Map<String, String> variables = new HashMap<>();
		lines.stream()
			.takeWhile((line) -> !line.startsWith("###"))
			.map(VARIABLE_DEFINITION::matcher)
			.filter(Matcher::matches)
			.forEach((definition) -> variables.put(definition.group(1), definition.group(2).strip()));
		variables.put("host", "http://localhost:" + port());
		return variables;
	}

	/**
	 * {@code ".a.b[0].c"} of the body as text; the whole body as JSON when the path is
	 * empty.
	 */
	private static String valueAt(JsonNode body, String path) {
		JsonNode node = body;
		Matcher step = PATH_STEP.matcher(path);
		while (step.find()) {
			node = (step.group(1) != null) ? node.path(step.group(1)) : node.path(Integer.parseInt(step.group(2)));
		}
		return node.isValueNode() ? node.asText() : node.toString();
	}

	private static String substitute(String text, Map<String, String> variables) {
		Matcher placeholder = PLACEHOLDER.matcher(text);
		StringBuilder result = new StringBuilder();
		while (placeholder.find()) {
			String value = variables.get(placeholder.group(1));
			assertThat(value).as("variable {{%s}}", placeholder.group(1)).isNotNull();
			placeholder.appendReplacement(result, Matcher.quoteReplacement(value));
		}
		return placeholder.appendTail(result).toString();
	}

	/** One {@code ###} block: request line, headers, body and response handler. */
	private record HttpRequest(String title, HttpMethod method, String target, List<String> headerLines, String body,
			String handler) {

		static List<HttpRequest> parseAll(List<String> lines) {
			List<HttpRequest> requests = new ArrayList<>();
			List<String> block = null;
			for (String line : lines) {
				if (line.startsWith("###")) {
					if (block != null) {
						requests.add(parse(block));
					}
					block = new ArrayList<>();
				}
				if (block != null) {
					block.add(line);
				}
			}
			if (block != null) {
				requests.add(parse(block));
			}
			return requests;
		}

		private static HttpRequest parse(List<String> block) {
			String title = block.get(0).substring(3).strip();
			int index = 1;
			while (block.get(index).isBlank() || block.get(index).startsWith("#")) {
				index++;
			}
			String[] requestLine = block.get(index++).strip().split("\\s+", 2);
			List<String> headers = new ArrayList<>();
			while (index < block.size() && !block.get(index).isBlank()) {
				headers.add(block.get(index++));
			}
			// The body ends at the response handler ("> {%") or a redirect (">> file").
			StringBuilder body = new StringBuilder();
			while (index < block.size() && !block.get(index).startsWith(">")) {
				body.append(block.get(index++)).append('\n');
			}
			StringBuilder handler = new StringBuilder();
			while (index < block.size()) {
				handler.append(block.get(index++)).append('\n');
			}
			return new HttpRequest(title, HttpMethod.valueOf(requestLine[0]), requestLine[1], headers,
					body.toString().strip(), handler.toString());
		}

		Reply sendWith(LedgerApi api, Map<String, String> variables) {
			HttpHeaders headers = new HttpHeaders();
			this.headerLines.forEach((line) -> {
				String[] header = substitute(line, variables).split(":", 2);
				headers.add(header[0].strip(), basicEncoded(header[0].strip(), header[1].strip()));
			});
			String sentBody = this.body.isEmpty() ? null : substitute(this.body, variables);
			// The file's target is encoded as a client sends it; RestClient encodes
			// again.
			String target = UriUtils.decode(substitute(this.target, variables), StandardCharsets.UTF_8);
			return api.exchange(this.method, target, headers, sentBody, null);
		}

		/** {@code Basic <id> <secret>} as IntelliJ's client sends it: base64-encoded. */
		private static String basicEncoded(String name, String value) {
			Matcher basic = BASIC_ID_AND_SECRET.matcher(value);
			if (!HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) || !basic.matches()) {
				return value;
			}
			return "Basic " + HttpHeaders.encodeBasicAuth(basic.group(1), basic.group(2), StandardCharsets.UTF_8);
		}

		/** A request for a token at the development issuer. */
		boolean signsIn() {
			return this.method == HttpMethod.POST && this.target.endsWith(TOKEN_ENDPOINT);
		}

		/** The variable whose bearer token this request sends, or null. */
		String bearerVariable() {
			return this.headerLines.stream()
				.map(BEARER_VARIABLE::matcher)
				.filter(Matcher::find)
				.map((bearer) -> bearer.group(1))
				.findFirst()
				.orElse(null);
		}

		boolean streamsEvents() {
			return this.headerLines.stream().anyMatch((line) -> line.contains("text/event-stream"));
		}

		boolean declaresStatus() {
			return EXPECTED_STATUS.matcher(this.handler).find();
		}

		int expectedStatus() {
			Matcher status = EXPECTED_STATUS.matcher(this.handler);
			assertThat(status.find()).as("%s must assert its response status", this.title).isTrue();
			return Integer.parseInt(status.group(1));
		}

		Map<String, String> expectedBodyFields() {
			Map<String, String> fields = new HashMap<>();
			EXPECTED_BODY_FIELD.matcher(this.handler)
				.results()
				.forEach((field) -> fields.put(field.group(1), field.group(2)));
			return fields;
		}

		/** Variable name to the body path it keeps ({@code ""} for the whole body). */
		Map<String, String> keptValues() {
			Map<String, String> kept = new HashMap<>();
			KEPT_VALUE.matcher(this.handler).results().forEach((set) -> kept.put(set.group(1), set.group(3)));
			return kept;
		}

	}

}
