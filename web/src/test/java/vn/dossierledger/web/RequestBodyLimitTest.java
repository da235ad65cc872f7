package vn.dossierledger.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body over the request size limit is refused with 413 problem+json naming the limit,
 * whether its length is declared or it comes in chunks; a body within it reaches the
 * controller whole. On a real Tomcat, with a limit of one kilobyte.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "dossier-ledger.web.max-request-body-size=1KB")
class RequestBodyLimitTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void refusesADeclaredBodyOverTheLimitWith413NamingIt() throws Exception {
		HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(json(1025)));

		assertTooLarge(response);
	}

	@Test
	void refusesAChunkedBodyOverTheLimitWith413() throws Exception {
		// A stream of unknown length goes chunked.
		HttpResponse<String> response = post(HttpRequest.BodyPublishers
			.ofInputStream(() -> new ByteArrayInputStream(json(5000).getBytes(StandardCharsets.UTF_8))));

		assertTooLarge(response);
	}

	@Test
	void passesABodyWithinTheLimitWholeDeclaredOrChunked() throws Exception {
		String body = json(1024);

		HttpResponse<String> declared = post(HttpRequest.BodyPublishers.ofString(body));
		HttpResponse<String> chunked = post(HttpRequest.BodyPublishers
			.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));

		assertThat(declared.statusCode()).isEqualTo(200);
		assertThat(declared.body()).isEqualTo(String.valueOf(body.length()));
		assertThat(chunked.statusCode()).isEqualTo(200);
		assertThat(chunked.body()).isEqualTo(String.valueOf(body.length()));
	}

	private static void assertTooLarge(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + "request-too-large");
		assertThat(problem.path("status").asInt()).isEqualTo(413);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).contains("1024 bytes");
		assertThat(problem.path("maxBytes").asLong()).isEqualTo(1024);
	}

	/** A JSON object of exactly this many bytes. */
	private static String json(int bytes) {
		String frame = "{\"text\":\"\"}";
		return "{\"text\":\"" + "x".repeat(bytes - frame.length()) + "\"}";
	}

	private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/echo-length"))
			.header("Content-Type", "application/json")
			.POST(body)
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@RestController
	static class EchoLengthController {

		@PostMapping("/echo-length")
		String length(@RequestBody String body) {
			return String.valueOf(body.length());
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ EchoLengthController.class, RequestBodyLimit.class, ApiProblemAdvice.class,
			ProblemErrorController.class })
	static class EchoOnly {

	}

}
