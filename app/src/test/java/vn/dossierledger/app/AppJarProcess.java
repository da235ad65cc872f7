package vn.dossierledger.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application's repackaged jar run as a process of its own, as in production, so that
 * a test can kill it with SIGKILL and start it again on the same database and port.
 */
final class AppJarProcess implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private final List<String> launcher;

	private final Path log;

	private final int port;

	private Map<String, Object> properties;

	private Process process;

	private int starts;

	private AppJarProcess(List<String> launcher, Map<String, Object> properties, Path log, int port) {
		this.launcher = launcher;
		this.properties = properties;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the jar named by the build ({@code dossier-ledger.app.jar}) and waits until
	 * it is up.
	 */
	static AppJarProcess start(Map<String, Object> properties, Path log) {
		return start(properties, log, java("-jar", applicationJar()));
	}

	/**
	 * Starts the jar as {@link #start} does, with a directory of classes and resources
	 * added to its classpath (through Spring Boot's {@code PropertiesLauncher}), e.g. an
	 * auto-configuration that only a test needs.
	 */
	static AppJarProcess startWithClasspathExtension(Map<String, Object> properties, Path log, Path extension) {
		return start(properties, log,
				java("-Dloader.path=" + extension.toAbsolutePath(),
						"-Dloader.main=vn.dossierledger.app.DossierLedgerApplication", "-cp", applicationJar(),
						"org.springframework.boot.loader.launch.PropertiesLauncher"));
	}

	private static List<String> java(String... arguments) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-Daxoniq.update-checker.disabled=true"));
		command.addAll(List.of(arguments));
		return command;
	}

	private static AppJarProcess start(Map<String, Object> properties, Path log, List<String> launcher) {
		int port = freePort();
		List<String> command = new ArrayList<>(launcher);
		command.addAll(List.of("--server.port=" + port, "--spring.main.banner-mode=off"));
		AppJarProcess app = new AppJarProcess(command, new LinkedHashMap<>(properties), log, port);
		app.startAgain();
		return app;
	}

	private static String applicationJar() {
		String jar = System.getProperty("dossier-ledger.app.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("No application jar at " + jar + ": run the ITs through Maven's verify");
		}
		return jar;
	}

	int port() {
		return this.port;
	}

	/** Kills the process as a power cut would: SIGKILL, no shutdown hook runs. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	/** Starts the process (again) and waits until it answers its health check. */
	void startAgain() {
		startAgain(this.properties);
	}

	/**
	 * Starts the process again with other properties, from now on, and waits until it
	 * answers its health check.
	 */
	void startAgain(Map<String, Object> properties) {
		this.properties = new LinkedHashMap<>(properties);
		List<String> command = new ArrayList<>(this.launcher);
		this.properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Files.createDirectories(this.log.getParent());
			this.starts++;
			Path output = this.log.resolveSibling(this.log.getFileName() + "." + this.starts);
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			awaitHealthy(output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitHealthy(Path output) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application exited at start-up; see " + output);
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(Duration.ofMillis(500));
		}
		throw new IllegalStateException("The application did not start within " + STARTUP + "; see " + output);
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
