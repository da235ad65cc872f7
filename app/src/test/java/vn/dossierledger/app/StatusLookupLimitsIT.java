package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The status lookup's limits on the running application, with limits small enough to meet
 * (its own application: the others raise them, see the tests' config). The application
 * trusts the loopback as its proxy, so each test's clients are addresses of their own in
 * X-Forwarded-For. An unknown code and a wrong secret are answered alike, byte for byte
 * but for the code, and count alike against the code's limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusLookupLimitsIT {

	private static final int PER_CLIENT = 4;

	private static final int WRONG_GUESSES_PER_CODE = 3;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private LedgerApplication application;

	private int port;

	private DossierWalk guessedAt;

	private DossierWalk comparedWith;

	@BeforeAll
	void start() throws IOException {
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "lookup-limits-");
		this.application = LedgerApplication
			.start(Map.ofEntries(Map.entry("dossier-ledger.data-dir", data.toAbsolutePath()),
					Map.entry("dossier-ledger.status-lookup.per-client.capacity", PER_CLIENT),
					Map.entry("dossier-ledger.status-lookup.per-client.refill", 1),
					Map.entry("dossier-ledger.status-lookup.per-client.period", "PT1H"),
					Map.entry("dossier-ledger.status-lookup.wrong-guesses-per-code.capacity", WRONG_GUESSES_PER_CODE),
					Map.entry("dossier-ledger.status-lookup.wrong-guesses-per-code.refill", 1),
					Map.entry("dossier-ledger.status-lookup.wrong-guesses-per-code.period", "PT1H"),
					Map.entry("dossier-ledger.status-lookup.trusted-proxies", "127.0.0.1,::1")));
		this.port = ((WebServerApplicationContext) this.application.context()).getWebServer().getPort();
		LedgerApi api = this.application.api();
		this.guessedAt = DossierWalk.submit(api);
		this.comparedWith = DossierWalk.submit(api);
		// Awaited through the citizen's list: a lookup before the read model has the
		// dossier would count as a wrong guess.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api.get("/api/citizens/" + BirthRegistration.APPLICANT + "/dossiers?size=100")
				.json()
				.path("items")
				.findValuesAsText("dossierCode"),
					(codes) -> codes
						.containsAll(List.of(this.guessedAt.dossierCode(), this.comparedWith.dossierCode())));
	}

	@AfterAll
	void stop() {
		if (this.application != null) {
			this.application.close();
		}
	}

	@Test
	void aClientOverItsLimitIsRefusedWith429AndRetryAfterWhileOtherClientsGoOn() throws Exception {
		for (int i = 0; i < PER_CLIENT; i++) {
			assertThat(lookup("/api/status/NO-SUCH-CODE-A" + i, "secret", "203.0.113.11").statusCode()).isEqualTo(404);
		}

		HttpResponse<String> refused = lookup("/api/status/NO-SUCH-CODE-A9", "secret", "203.0.113.11");
		assertTooManyLookups(refused, "client");
		HttpResponse<String> refusedLive = lookup("/api/status/NO-SUCH-CODE-A9/events", "secret", "203.0.113.11");
		assertTooManyLookups(refusedLive, "client");

		assertThat(lookup("/api/status/NO-SUCH-CODE-A9", "secret", "203.0.113.12").statusCode()).as("another client")
			.isEqualTo(404);
	}

	@Test
	void wrongGuessesFromManyClientsLockTheCodeForEveryoneWhileFindingItCostsNothing() throws Exception {
		String code = this.guessedAt.dossierCode();
		for (int i = 0; i < 6; i++) {
			assertThat(lookup("/api/status/" + code, this.guessedAt.lookupSecret(), "203.0.113.2" + i).statusCode())
				.as("the citizen, again and again")
				.isEqualTo(200);
		}
		for (int i = 0; i < WRONG_GUESSES_PER_CODE; i++) {
			assertThat(lookup("/api/status/" + code, "guess-" + i, "198.51.100." + (20 + i)).statusCode())
				.isEqualTo(404);
		}

		HttpResponse<String> locked = lookup("/api/status/" + code, this.guessedAt.lookupSecret(), "203.0.113.29");
		assertTooManyLookups(locked, "dossier-code");
		assertTooManyLookups(lookup("/api/status/" + code + "/events", this.guessedAt.lookupSecret(), "203.0.113.29"),
				"dossier-code");
	}

	@Test
	void anUnknownCodeAndAWrongSecretAreAnsweredAndCountedAlike() throws Exception {
		String known = this.comparedWith.dossierCode();
		String unknown = "000.00.00.X00-000000-0000";
		// Each answer costs both codes one guess: the plain lookup, the live one, the
		// plain.
		List<String> variants = List.of("", "/events", "");
		for (int i = 0; i < WRONG_GUESSES_PER_CODE; i++) {
			String variant = variants.get(i);
			HttpResponse<String> wrongSecret = lookup("/api/status/" + known + variant, "wrong-" + i,
					"198.51.100.3" + i);
			HttpResponse<String> unknownCode = lookup("/api/status/" + unknown + variant, "wrong-" + i,
					"198.51.100.4" + i);
			assertThat(wrongSecret.statusCode()).as("lookup %d %s", i, variant).isEqualTo(404);
			assertThat(unknownCode.statusCode()).isEqualTo(404);
			assertThat(headerNames(wrongSecret)).isEqualTo(headerNames(unknownCode));
			assertThat(wrongSecret.headers().firstValue("Content-Type"))
				.isEqualTo(unknownCode.headers().firstValue("Content-Type"));
			assertThat(wrongSecret.body().replace(known, "{code}"))
				.isEqualTo(unknownCode.body().replace(unknown, "{code}"));
		}

		HttpResponse<String> knownLocked = lookup("/api/status/" + known, "wrong", "198.51.100.39");
		HttpResponse<String> unknownLocked = lookup("/api/status/" + unknown, "wrong", "198.51.100.49");
		assertTooManyLookups(knownLocked, "dossier-code");
		assertTooManyLookups(unknownLocked, "dossier-code");
		assertThat(headerNames(knownLocked)).isEqualTo(headerNames(unknownLocked));
	}

	private void assertTooManyLookups(HttpResponse<String> refused, String limit) throws IOException {
		assertThat(refused.statusCode()).as("%s", refused.body()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).as("a refill of one an hour").isBetween(3_000L, 3_600L);
		JsonNode problem = JSON.readTree(refused.body());
		assertThat(problem.path("type").asText()).isEqualTo("https://dossier-ledger.vn/problems/too-many-lookups");
		assertThat(problem.path("status").asInt()).isEqualTo(429);
		assertThat(problem.path("title").asText()).isNotBlank();
		assertThat(problem.path("detail").asText()).contains("try again in " + retryAfter + " s");
		assertThat(problem.path("limit").asText()).isEqualTo(limit);
	}

	/** A lookup from the client, which the loopback proxy forwards for. */
	private HttpResponse<String> lookup(String path, String secret, String client) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Lookup-Secret", secret)
			.header("X-Forwarded-For", client)
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The headers an answer has, but the date, which differs by the second. */
	private static Set<String> headerNames(HttpResponse<String> response) {
		return response.headers()
			.map()
			.keySet()
			.stream()
			.filter((name) -> !name.equalsIgnoreCase("date"))
			.map(String::toLowerCase)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
