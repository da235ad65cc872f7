package vn.dossierledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app under test as its own process: the repackaged jar with profile
 * {@code postgres}, pointed at the bench's PostgreSQL, starting its embedded
 * Elasticsearch on a port the bench knows, trusting the bench's token issuer. Its log
 * goes to {@code <work-dir>/<name>.log}.
 * <p>
 * The token issuer is the same jar in the embedded default, its development issuer on
 * ({@link #startIssuer}): the production profile refuses a development issuer inside the
 * app, and trusts an outside one, as it would a real identity provider.
 */
final class AppProcess implements AutoCloseable {

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

	/** The person the bench's admin requests (read models, metrics) are made by. */
	static final String ADMIN = "admin-01";

	/** The development issuer's shared client secret (its default). */
	private static final String DEVELOPMENT_SECRET = "demo";

	private static final String AUDIENCE = "dossier-ledger";

	private final String name;

	private final Process process;

	private final HttpJson http;

	private final String elasticsearchUrl;

	private final boolean withElasticsearch;

	private final BearerTokens tokens;

	private AppProcess(String name, Process process, HttpJson http, String elasticsearchUrl, boolean withElasticsearch,
			BearerTokens tokens) {
		this.name = name;
		this.process = process;
		this.http = http;
		this.elasticsearchUrl = elasticsearchUrl;
		this.withElasticsearch = withElasticsearch;
		this.tokens = tokens;
	}

	/**
	 * The bench's token issuer: the app jar in the embedded default (H2 in the work
	 * directory, no Elasticsearch, neither role), its development issuer on.
	 */
	static AppProcess startIssuer(BenchSettings settings) {
		int port = freePort();
		String url = "http://127.0.0.1:" + port;
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", Integer.toString(port));
		properties.put("dossier-ledger.data-dir", settings.workDir().resolve("issuer-data").toString());
		properties.put("dossier-ledger.security.development-issuer.enabled", "true");
		properties.put("dossier-ledger.security.development-issuer.issuer", url);
		properties.put("dossier-ledger.role.commands", "false");
		properties.put("dossier-ledger.role.projections", "false");
		properties.put("dossier-ledger.elasticsearch.embedded.enabled", "false");
		properties.put("dossier-ledger.demo.enabled", "false");
		properties.put("dossier-ledger.ledger.verification.scheduled", "false");
		properties.put("spring.main.banner-mode", "off");
		return launch("token-issuer", settings, List.of("-Xmx256m"), properties, port, -1, false,
				BearerTokens.fromDevelopmentIssuer(url, DEVELOPMENT_SECRET));
	}

	/** What makes an app trust this issuer's tokens, and only its. */
	Map<String, String> trustedAsIssuer() {
		String url = this.http.baseUrl();
		return Map.of("dossier-ledger.security.issuers[0].issuer", url, "dossier-ledger.security.issuers[0].audience",
				AUDIENCE, "dossier-ledger.security.issuers[0].jwk-set-uri", url + "/oauth2/jwks");
	}

	/**
	 * @param issuer the bench's token issuer, which this app trusts
	 * @param extraProperties Spring properties for this run, e.g. the chaining switch
	 */
	static AppProcess start(String name, BenchSettings settings, BenchPostgres postgres, AppProcess issuer,
			Map<String, String> extraProperties) {
		int port = freePort();
		int elasticsearchPort = freePort();
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.profiles.active", "postgres");
		properties.put("spring.datasource.url", postgres.jdbcUrl());
		properties.put("spring.datasource.username", postgres.user());
		properties.put("spring.datasource.password", postgres.password());
		properties.put("server.port", Integer.toString(port));
		properties.put("dossier-ledger.data-dir", settings.workDir().resolve("data").toString());
		properties.put("dossier-ledger.elasticsearch.embedded.enabled", "true");
		properties.put("dossier-ledger.elasticsearch.embedded.home", settings.elasticsearchHome().toString());
		properties.put("dossier-ledger.elasticsearch.embedded.port", Integer.toString(elasticsearchPort));
		// The walk's decision needs a verifiable signature: the run-time demo CA signs
		// it.
		properties.put("dossier-ledger.signature.demo-ca.enabled", "true");
		properties.put("dossier-ledger.demo.enabled", "false");
		properties.put("dossier-ledger.ledger.verification.scheduled", "false");
		properties.put("spring.main.banner-mode", "off");
		// The lookups come through the loopback as from many clients (StatusLookupLoad),
		// as they would through a reverse proxy.
		properties.put("dossier-ledger.status-lookup.trusted-proxies", "127.0.0.1");
		properties.putAll(issuer.trustedAsIssuer());
		properties.putAll(settings.appProperties());
		properties.putAll(extraProperties);
		return launch(name, settings, settings.appJvmArguments(), properties, port, elasticsearchPort,
				Boolean.parseBoolean(properties.get("dossier-ledger.elasticsearch.embedded.enabled")), issuer.tokens());
	}

	private static AppProcess launch(String name, BenchSettings settings, List<String> jvmArguments,
			Map<String, String> properties, int port, int elasticsearchPort, boolean withElasticsearch,
			BearerTokens tokens) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmArguments);
		command.add("-Daxoniq.update-checker.disabled=true");
		command.add("-jar");
		command.add(settings.appJar().toString());
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		Path log = settings.workDir().resolve(name + ".log");
		try {
			if (!Files.isRegularFile(settings.appJar())) {
				throw new IllegalStateException("No app jar at " + settings.appJar() + ": build with -am");
			}
			ProcessBuilder builder = new ProcessBuilder(command).directory(settings.workDir().toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			// As production runs it (docs/scale-out.md): glibc's per-thread
			// malloc
			// arenas otherwise add resident memory with every busy thread.
			builder.environment().put("MALLOC_ARENA_MAX", "2");
			Process process = builder.start();
			// The bench's own requests to the app (read models, metrics) are the admin's.
			AppProcess app = new AppProcess(name, process,
					new HttpJson("http://127.0.0.1:" + port, () -> tokens.authorization(ADMIN)),
					"http://127.0.0.1:" + elasticsearchPort, withElasticsearch, tokens);
			app.awaitHealthy(log);
			return app;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + name, ex);
		}
	}

	private void awaitHealthy(Path log) {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		long started = System.nanoTime();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + ", see " + log);
			}
			try {
				// The app reports UP without its search index (by design), so the bench
				// also
				// waits for the Elasticsearch it started: the audit figures need it.
				if (this.http.get("/actuator/health").ok()
						&& (!this.withElasticsearch || elasticsearch().get("/_cluster/health").ok())) {
					System.out.printf("  %s up (pid %d) in %.1f s%n", this.name, pid(),
							(System.nanoTime() - started) / 1e9);
					return;
				}
			}
			catch (RuntimeException notYet) {
				// not listening yet
			}
			Pause.of(Duration.ofMillis(500));
		}
		close();
		throw new IllegalStateException(this.name + " not healthy within " + STARTUP_TIMEOUT + ", see " + log);
	}

	/** The app's API, every request the bench's admin's. */
	HttpJson http() {
		return this.http;
	}

	/** The tokens of the issuer this app trusts. */
	BearerTokens tokens() {
		return this.tokens;
	}

	HttpJson elasticsearch() {
		return new HttpJson(this.elasticsearchUrl);
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * The Elasticsearch server the app started (a descendant; its CLI launcher is another
	 * JVM); -1 if none.
	 */
	long elasticsearchPid() {
		return this.process.descendants()
			.filter((child) -> child.info()
				.commandLine()
				.orElse("")
				.contains("org.elasticsearch.bootstrap.Elasticsearch"))
			.mapToLong(ProcessHandle::pid)
			.findFirst()
			.orElse(-1);
	}

	String name() {
		return this.name;
	}

	/**
	 * Stops the app gracefully (it stops its Elasticsearch), then anything of it still
	 * running.
	 */
	@Override
	public void close() {
		List<ProcessHandle> descendants = this.process.descendants().toList();
		this.process.destroy();
		try {
			if (!this.process.waitFor(90, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
