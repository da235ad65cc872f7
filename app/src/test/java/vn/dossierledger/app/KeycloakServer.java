package vn.dossierledger.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Keycloak, the distribution Maven unpacks into {@code target/keycloak}, started
 * in development mode on a free port with the test realm
 * ({@code keycloak/dossier-ledger-realm.json}) imported into a fresh database. Keycloak
 * needs Java 21 or newer while the build may run on 17, so it gets a JDK of its own:
 * {@value #JAVA_HOME_PROPERTY}, else {@code KEYCLOAK_JAVA_HOME}, else Temurin 25. Its
 * console goes to {@code target/keycloak.log}.
 */
final class KeycloakServer implements AutoCloseable {

	static final String HOME_PROPERTY = "dossier-ledger.keycloak.home";

	static final String JAVA_HOME_PROPERTY = "dossier-ledger.keycloak.java-home";

	static final String REALM = "dossier-ledger";

	/** Every user of the test realm has this password. */
	static final String PASSWORD = "ledger-it";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Process process;

	private final Path log;

	private final String url;

	private final HttpClient http = HttpClient.newHttpClient();

	private KeycloakServer(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.url = "http://localhost:" + port;
	}

	static KeycloakServer start() {
		Path home = Path.of(required(System.getProperty(HOME_PROPERTY), HOME_PROPERTY
				+ " (set by the app module's failsafe configuration; the distribution is unpacked before the ITs)"));
		Path java = javaHome().resolve("bin").resolve("java");
		if (!Files.isExecutable(java)) {
			throw new IllegalStateException("Keycloak needs Java 21 or newer: no " + java + "; set "
					+ JAVA_HOME_PROPERTY + " or KEYCLOAK_JAVA_HOME to such a JDK");
		}
		try {
			// A fresh database each start, so that the realm imported is the one in the
			// test resources and nothing of an earlier run.
			deleteRecursively(home.resolve("data"));
			Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
			try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/dossier-ledger-realm.json")) {
				Files.copy(realm, imports.resolve("dossier-ledger-realm.json"));
			}
			int port = freePort();
			Path log = Path.of("target", "keycloak.log").toAbsolutePath();
			ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin").resolve("kc.sh").toString(),
					"start-dev", "--http-port=" + port, "--import-realm")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("JAVA_HOME", java.getParent().getParent().toString());
			builder.environment().remove("JAVA_OPTS");
			// The client compiler only: Keycloak lives a minute or two here, and starts
			// faster without C2 on a machine the build keeps busy.
			builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
			KeycloakServer server = new KeycloakServer(builder.start(), log, port);
			server.awaitRealm();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Keycloak from " + home, ex);
		}
	}

	/** The {@code iss} of the realm's tokens, where its discovery document is. */
	String issuer() {
		return this.url + "/realms/" + REALM;
	}

	/**
	 * Tokens from the password grant of this client, one per person, fetched once each.
	 */
	Tokens tokens(String clientId) {
		Map<String, String> tokens = new ConcurrentHashMap<>();
		return (personId) -> tokens.computeIfAbsent(personId, (person) -> token(clientId, person));
	}

	/**
	 * A new access token for a user of the realm, through a client whose secret is its id
	 * followed by {@code -secret}.
	 */
	String token(String clientId, String username) {
		String form = "grant_type=password&client_id=" + clientId + "&client_secret=" + clientId
				+ "-secret&scope=openid&username=" + username + "&password=" + PASSWORD;
		HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		HttpResponse<String> response = send(request);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Keycloak refused a token for " + username + " through " + clientId + ": "
					+ response.statusCode() + " " + response.body());
		}
		try {
			return JSON.readTree(response.body()).path("access_token").asText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The claims of a token, read without checking it. */
	static JsonNode claims(String token) {
		try {
			return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops Keycloak with every process kc.sh started (it relaunches Java once). */
	@Override
	public void close() {
		List<ProcessHandle> tree = Stream.concat(this.process.descendants(), Stream.of(this.process.toHandle()))
			.toList();
		tree.forEach(ProcessHandle::destroy);
		for (ProcessHandle handle : tree) {
			try {
				handle.onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				handle.destroyForcibly();
			}
		}
	}

	private void awaitRealm() {
		HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"Keycloak exited with " + this.process.exitValue() + " before it served the realm:\n" + tail());
			}
			try {
				if (this.http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			pause();
		}
		close();
		throw new IllegalStateException("Keycloak did not serve the realm within " + START_TIMEOUT + ":\n" + tail());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log at " + this.log + ")";
		}
	}

	private static Path javaHome() {
		String configured = System.getProperty(JAVA_HOME_PROPERTY);
		if (configured == null || configured.isBlank()) {
			configured = System.getenv("KEYCLOAK_JAVA_HOME");
		}
		if (configured == null || configured.isBlank()) {
			configured = "/usr/lib/jvm/temurin-25-jdk-amd64";
		}
		return Path.of(configured);
	}

	private static String required(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("Missing " + what);
		}
		return value;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
