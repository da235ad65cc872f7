package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * Replays the repository's {@code requests.http} against the running application, so the
 * walk a newcomer runs by hand cannot rot. Understands what that file uses of the
 * IntelliJ HTTP client format: {@code @name = value} variables, {@code {{name}}}
 * substitution, and response handlers that assert {@code response.status === n} and
 * {@code response.body.field === "x"} and keep values with
 * {@code client.global.set("name", response.body.field)} or
 * {@code JSON.stringify(response.body)}.
 */
class RequestsHttpWalkIT extends SharedLedgerTest {

	private static final Path REQUESTS_HTTP = Path.of("..", "requests.http");

	private static final Pattern VARIABLE_DEFINITION = Pattern.compile("^@(\\w+)\\s*=\\s*(.+)$");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

	private static final Pattern EXPECTED_STATUS = Pattern.compile("response\\.status === (\\d{3})");

	private static final Pattern EXPECTED_BODY_FIELD = Pattern.compile("response\\.body\\.(\\w+) === \"([^\"]*)\"");

	private static final Pattern KEPT_VALUE = Pattern
		.compile("client\\.global\\.set\\(\"(\\w+)\",\\s*(JSON\\.stringify\\()?response\\.body((?:\\.\\w+)*)\\)?\\);");

	@Test
	void requestsHttpWalksADossierThroughItsLifeWithTheRefusalsItAnnounces() throws IOException {
		List<String> lines = Files.readAllLines(REQUESTS_HTTP);
		Map<String, String> variables = new HashMap<>();
		lines.stream()
			.takeWhile((line) -> !line.startsWith("###"))
			.map(VARIABLE_DEFINITION::matcher)
			.filter(Matcher::matches)
			.forEach((definition) -> variables.put(definition.group(1), definition.group(2).strip()));
		variables.put("host", "http://localhost:" + port());

		List<HttpRequest> requests = HttpRequest.parseAll(lines);
		assertThat(requests).as("requests in requests.http").hasSizeGreaterThanOrEqualTo(14);
		long eventsBefore = eventStore().eventCount();
		for (HttpRequest request : requests) {
			Reply reply = request.sendWith(api(), variables);
			assertThat(reply.status()).as("%s answered %s", request.title(), reply).isEqualTo(request.expectedStatus());
			request.expectedBodyFields()
				.forEach((field, value) -> assertThat(reply.text(field)).as("%s: %s", request.title(), field)
					.isEqualTo(value));
			request.keptValues().forEach((name, path) -> variables.put(name, valueAt(reply.json(), path)));
		}
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
	 * {@code ".a.b"} of the body as text; the whole body as JSON when the path is empty.
	 */
	private static String valueAt(JsonNode body, String path) {
		JsonNode node = body;
		for (String field : path.split("\\.")) {
			if (!field.isEmpty()) {
				node = node.path(field);
			}
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
			StringBuilder body = new StringBuilder();
			while (index < block.size() && !block.get(index).startsWith("> {%")) {
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
				headers.add(header[0].strip(), header[1].strip());
			});
			String sentBody = this.body.isEmpty() ? null : substitute(this.body, variables);
			return api.exchange(this.method, substitute(this.target, variables), headers, sentBody, null);
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
