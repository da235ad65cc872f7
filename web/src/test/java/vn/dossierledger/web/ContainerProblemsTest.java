package vn.dossierledger.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors the application's handlers never see, answered as problem+json by a real Tomcat:
 * requests Tomcat refuses itself, and failures of a servlet filter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContainerProblemsTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "/things/a%2Fb, 400", "/things/a%00b, 400", "/%2e%2e/things/ok, 400", "/things/%2e%2e/%2e%2e/x, 400",
			"/things/%2e%2e/x, 404", "/failing-filter, 500", "/no-such-path, 404", "/things/ok, 200" })
	void answersProblemJsonForEveryErrorWhateverTheClientAccepts(String path, int status) throws Exception {
		HttpResponse<String> response = get(path, "text/html");

		assertThat(response.statusCode()).as("%s %s", path, response.body()).isEqualTo(status);
		if (status >= 400) {
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = JsonMapper.builder().build().readTree(response.body());
			assertThat(problem.path("type").asString()).startsWith(Problems.TYPE_BASE);
			assertThat(problem.path("title").asString()).isNotBlank();
			assertThat(problem.path("status").asInt()).isEqualTo(status);
			assertThat(problem.path("detail").asString()).isNotBlank();
		}
	}

	@Test
	void refusesAnAcceptHeaderThatIsNoListOfMediaTypesAs400NamingIt() throws Exception {
		HttpResponse<String> response = get("/things/ok", "*/*;q=abc");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + Problems.INVALID_PARAMETER);
		assertThat(problem.path("parameter").asString()).isEqualTo("Accept");
	}

	@Test
	void refusesAMultipartBodyWithoutABoundaryAs415() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/things/ok"))
			.header("Content-Type", "multipart/form-data")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build();

		HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void refusesAWildcardContentTypeAs415NamingIt() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/things/ok"))
			.header("Content-Type", "*/*")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build();

		HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.path("parameter").asString()).isEqualTo("Content-Type");
	}

	@Test
	void refusesAQueryParameterThatIsNoPercentEncodedUtf8As400() throws Exception {
		HttpResponse<String> response = get("/things/ok?page=%FF", "application/json");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + Problems.INVALID_PARAMETER);
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@RestController
	static class ThingController {

		@GetMapping("/things/{name}")
		String thing(@PathVariable String name, @RequestParam(required = false) String page) {
			return name;
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ ThingController.class, ApiProblemAdvice.class, ProblemErrorController.class,
			ProblemJsonErrorReports.class, MalformedMediaTypeHeaders.class })
	static class ThingsOnly {

		@Bean
		Filter failingFilter() {
			return (request, response, chain) -> {
				if (((HttpServletRequest) request).getRequestURI().equals("/failing-filter")) {
					throw new IllegalStateException("a filter failed");
				}
				chain.doFilter(request, response);
			};
		}

	}

}
