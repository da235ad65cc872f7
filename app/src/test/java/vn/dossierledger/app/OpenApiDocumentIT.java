package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * The API description as the running application serves it: it passes the OpenAPI linter
 * of the build (Redocly CLI, rules in redocly.yaml), and its development-issuer scheme
 * gets a token the way Swagger UI's Authorize does. The document and the linter's report
 * stay in {@code target/openapi/}.
 */
class OpenApiDocumentIT extends SharedLedgerTest {

	private static final Path DOCUMENT = Path.of("target", "openapi", "api-docs.json");

	private static final Path LINT_REPORT = Path.of("target", "openapi", "lint.txt");

	/** Pinned, so that a new release's rules cannot fail a build that passed. */
	private static final String REDOCLY_CLI = "@redocly/cli@2.77.0";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void theServedDescriptionPassesTheLinter() throws IOException, InterruptedException {
		byte[] document = api().anonymous().download("/v3/api-docs");
		Files.createDirectories(DOCUMENT.getParent());
		Files.write(DOCUMENT, document);

		// Run in the module's directory, with the repository's configuration.
		ProcessBuilder lint = new ProcessBuilder(npx(), "--yes", REDOCLY_CLI, "lint", "--config=../redocly.yaml",
				"--format=stylish", "--max-problems=1000", DOCUMENT.toString())
			.redirectErrorStream(true)
			.redirectOutput(LINT_REPORT.toFile());
		lint.environment().putAll(Map.of("REDOCLY_TELEMETRY", "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true"));
		Process linter = lint.start();
		boolean finished = linter.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			linter.destroyForcibly();
		}
		String report = Files.readString(LINT_REPORT, StandardCharsets.UTF_8);
		System.out.println(report);
		assertThat(finished).as("the linter finished within 5 minutes: %s", report).isTrue();
		assertThat(linter.exitValue()).as("Redocly lint of %s:%n%s", DOCUMENT, report).isZero();
	}

	@Test
	void swaggerUisAuthorizeGetsATokenFromTheDevelopmentIssuer() throws IOException {
		JsonNode description = JSON.readTree(api().anonymous().download("/v3/api-docs"));
		JsonNode flow = description.at("/components/securitySchemes/developmentIssuer/flows/clientCredentials");
		String tokenUrl = flow.path("tokenUrl").asText();
		String server = description.at("/servers/0/url").asText();
		assertThat(server).isEqualTo("/");
		assertThat(tokenUrl).startsWith("/");

		// As Swagger UI's client-credentials flow sends it: the client in the
		// Authorization
		// header, the grant and its (no) scopes in the form, to the token URL as given.
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("scope", "");
		String token = RestClient.create("http://localhost:" + port())
			.post()
			.uri(tokenUrl)
			.headers((headers) -> headers.setBasicAuth(LedgerApi.INSPECTOR, DevelopmentIssuerTokens.SECRET))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(String.class);

		JsonNode redFlags = description.at("/paths/~1api~1red-flags/get");
		assertThat(redFlags.path("security").toString()).contains("\"developmentIssuer\"");
		HttpHeaders bearer = new HttpHeaders();
		bearer.setBearerAuth(JSON.readTree(token).path("access_token").asText());
		Reply reply = api().exchange(HttpMethod.GET, "/api/red-flags", bearer, null, null);
		assertThat(reply.status()).as("%s", reply).isEqualTo(200);
	}

	@Test
	void everyStringAndListOfARequestBodyShowsItsLimitAndTheDescriptionTheBodySizeLimit() throws IOException {
		JsonNode document = JSON.readTree(api().anonymous().download("/v3/api-docs"));
		ApiDescription description = new ApiDescription(document);
		List<String> unlimited = new ArrayList<>();
		for (ApiDescription.Operation operation : description.operations()) {
			if (operation.bodySchema() != null) {
				collectUnlimited(description, operation.bodySchema(), operation + " body", unlimited, 0);
			}
		}

		assertThat(unlimited).as("strings without maxLength, enum or pattern; lists without maxItems").isEmpty();
		assertThat(document.at("/info/description").asText()).contains("2097152 bytes").contains("413");
		assertThat(document.at("/paths/~1api~1dossiers/post/responses/413").isMissingNode()).isFalse();
	}

	private static void collectUnlimited(ApiDescription description, JsonNode unresolved, String where,
			List<String> unlimited, int depth) {
		JsonNode schema = description.resolve(unresolved);
		switch (ApiDescription.typeOf(schema)) {
			case "string" -> {
				if (!schema.has("maxLength") && !schema.has("enum") && !schema.has("pattern")
						&& !schema.has("format")) {
					unlimited.add(where);
				}
			}
			case "array" -> {
				if (!schema.has("maxItems")) {
					unlimited.add(where);
				}
				collectUnlimited(description, schema.path("items"), where + "[]", unlimited, depth + 1);
			}
			case "object" -> {
				if (depth < 8) {
					schema.path("properties")
						.fields()
						.forEachRemaining((property) -> collectUnlimited(description, property.getValue(),
								where + "." + property.getKey(), unlimited, depth + 1));
				}
			}
			default -> {
			}
		}
	}

	private static String npx() {
		return System.getProperty("os.name").startsWith("Windows") ? "npx.cmd" : "npx";
	}

}
