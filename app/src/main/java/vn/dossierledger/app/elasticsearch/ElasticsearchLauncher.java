package vn.dossierledger.app.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real Elasticsearch from its unpacked distribution as a child process, bound to
 * loopback, single node, security off; and stops it again. One launcher, one server.
 * <p>
 * The distribution stays read-only and shareable (the run command and the tests use the
 * same one): each server gets its own instance directory with a copy of the
 * configuration, its data and its logs. Elasticsearch refuses to run as root, so a root
 * JVM runs it as the dedicated user {@value #SERVICE_USER}.
 * <p>
 * Starting fails soft: {@link #start()} logs why and answers empty, because the ledger
 * must work without its search index.
 */
public final class ElasticsearchLauncher implements AutoCloseable {

	static final String SERVICE_USER = "es";

	private static final Logger logger = LoggerFactory.getLogger(ElasticsearchLauncher.class);

	private static final Pattern HEALTHY = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow)\"");

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final Settings settings;

	private final int httpPort;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	// A safety net for a JVM that exits without closing us.
	private final Thread shutdownHook = new Thread(this::close, "elasticsearch-shutdown");

	private Process process;

	/**
	 * @param distribution the unpacked distribution (holds {@code bin/elasticsearch})
	 * @param zip the distribution's zip, unpacked into {@code distribution} when that is
	 * missing; may be {@code null}
	 * @param instanceDirectory this server's configuration, data and logs
	 * @param port the HTTP port, 0 for a free one
	 * @param heap the JVM heap, e.g. {@code 512m}
	 * @param startupTimeout how long to wait for a yellow or green cluster
	 */
	public record Settings(Path distribution, Path zip, Path instanceDirectory, int port, String heap,
			Duration startupTimeout) {

	}

	public ElasticsearchLauncher(Settings settings) {
		this.settings = settings;
		// Chosen now: the URL is known before the server is up.
		this.httpPort = (settings.port() != 0) ? settings.port() : freePort();
	}

	/** The URL the server answers on once started. */
	public URI url() {
		return URI.create("http://127.0.0.1:" + this.httpPort);
	}

	/**
	 * Starts the server and waits until the cluster is yellow or green.
	 * @return the server's URL, or empty if it could not be started (the reason is
	 * logged)
	 */
	public synchronized Optional<URI> start() {
		if (this.process != null) {
			return Optional.of(url());
		}
		long started = System.nanoTime();
		try {
			Path distribution = distribution();
			stopLeftOverServer();
			prepareInstanceDirectory(distribution);
			if (RunningUser.isRoot()) {
				distribution = runnableByServiceUser(distribution);
			}
			Path executable = executable(distribution);
			ProcessBuilder builder = new ProcessBuilder(command(executable))
				.directory(this.settings.instanceDirectory().toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
			builder.environment().putAll(environment());
			this.process = builder.start();
			Runtime.getRuntime().addShutdownHook(this.shutdownHook);
			awaitHealthyCluster();
			logger.info("Elasticsearch started at {} in {} s (instance directory {})", url(),
					Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0,
					this.settings.instanceDirectory());
			return Optional.of(url());
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			logger.warn("Elasticsearch is unavailable, the ledger runs without its search index: {}",
					Objects.toString(ex.getMessage(), ex.toString()));
			close();
			return Optional.empty();
		}
	}

	/** Stops the server and every process it started. */
	@Override
	public synchronized void close() {
		if (this.process == null) {
			return;
		}
		stopProcess();
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// The JVM is already shutting down: the hook runs (or ran) anyway.
		}
		this.process = null;
	}

	private Path distribution() throws IOException {
		Path distribution = this.settings.distribution();
		if (distribution == null) {
			throw new IOException("no distribution configured (dossier-ledger.elasticsearch.embedded.home)");
		}
		if (Files.isRegularFile(executable(distribution))) {
			return distribution;
		}
		Path zip = this.settings.zip();
		if (zip == null || !Files.isRegularFile(zip)) {
			throw new IOException("no distribution at " + distribution + " and no zip at " + zip
					+ " (`./mvnw -pl app -am generate-resources` unpacks it)");
		}
		logger.info("Unpacking {} into {}", zip, distribution);
		unzip(zip, distribution);
		return distribution;
	}

	/**
	 * Stops a server that a killed JVM left running on this instance directory: it holds
	 * the data directory's lock, and a second server would not start.
	 */
	private void stopLeftOverServer() throws IOException {
		Path pidFile = pidFile();
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
			.filter((handle) -> handle.info().commandLine().orElse("").contains("elasticsearch"))
			.ifPresent((leftOver) -> {
				logger.info("Stopping the Elasticsearch (pid {}) a previous run left on {}", leftOver.pid(),
						this.settings.instanceDirectory());
				stop(List.of(leftOver));
			});
		Files.deleteIfExists(pidFile);
	}

	/** Unpacks the zip's single top-level folder into {@code target}. */
	private static void unzip(Path zip, Path target) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		// Unpacked beside the target and moved in one step: never half a distribution.
		Path staging = Files.createTempDirectory(parent, "unpacking-");
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : archive.stream().toList()) {
				Path destination = staging.resolve(entry.getName()).normalize();
				if (!destination.startsWith(staging)) {
					throw new IOException("zip entry outside the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(destination);
					continue;
				}
				Files.createDirectories(destination.getParent());
				try (InputStream in = archive.getInputStream(entry)) {
					Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		try (Stream<Path> topLevel = Files.list(staging)) {
			Path unpacked = topLevel.findFirst().orElseThrow(() -> new IOException("empty zip " + zip));
			// java.util.zip drops the Unix modes: the scripts must be executable again.
			try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
				scripts.forEach((script) -> script.toFile().setExecutable(true, false));
			}
			Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(staging);
		}
	}

	private void prepareInstanceDirectory(Path distribution) throws IOException, InterruptedException {
		Path instance = this.settings.instanceDirectory();
		Files.createDirectories(instance.resolve("data"));
		Files.createDirectories(instance.resolve("logs"));
		Path config = instance.resolve("config");
		if (!Files.exists(config)) {
			// Elasticsearch writes its keystore into the configuration directory: a copy
			// per instance keeps the distribution read-only.
			copyDirectory(distribution.resolve("config"), config);
		}
		if (RunningUser.isRoot()) {
			RunningUser.ensureServiceUser(SERVICE_USER);
			RunningUser.run("chown", "-R", SERVICE_USER + ":", instance.toAbsolutePath().toString());
			Path data = instance.toAbsolutePath().resolve("data");
			if (!RunningUser.canWrite(SERVICE_USER, data)) {
				throw new IOException("user " + SERVICE_USER + " cannot write " + data
						+ ": a parent directory is closed to others; set dossier-ledger.data-dir elsewhere "
						+ "or make its parents searchable (chmod o+x)");
			}
		}
	}

	/**
	 * The distribution itself, or, when user {@value #SERVICE_USER} cannot reach it (a
	 * clone under /root, closed to others), a copy of it in the temporary directory.
	 */
	private static Path runnableByServiceUser(Path distribution) throws IOException, InterruptedException {
		if (RunningUser.canExecute(SERVICE_USER, executable(distribution))) {
			return distribution;
		}
		Path copy = Path.of(System.getProperty("java.io.tmpdir"), "dossier-ledger-" + distribution.getFileName());
		if (!Files.isRegularFile(executable(copy))) {
			logger.info("User {} cannot reach {}: running a copy in {}", SERVICE_USER, distribution, copy);
			Path staging = Files.createTempDirectory(copy.getParent(), "copying-");
			copyDirectory(distribution, staging.resolve("distribution"));
			try {
				Files.move(staging.resolve("distribution"), copy, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileSystemException anotherJvmWasFaster) {
				// Its copy is as good as ours.
				RunningUser.run("rm", "-rf", staging.toString());
			}
			Files.deleteIfExists(staging);
		}
		return copy;
	}

	private static Path executable(Path distribution) {
		return distribution.resolve("bin").resolve("elasticsearch");
	}

	private List<String> command(Path executable) {
		List<String> command = new ArrayList<>();
		if (RunningUser.isRoot()) {
			// `env` passes the variables whatever runuser's PAM setup keeps.
			command.addAll(List.of("runuser", "-u", SERVICE_USER, "--", "env"));
			environment().forEach((name, value) -> command.add(name + "=" + value));
		}
		command.add(executable.toAbsolutePath().toString());
		command.add("--pidfile");
		command.add(pidFile().toAbsolutePath().toString());
		Path instance = this.settings.instanceDirectory().toAbsolutePath();
		Stream
			.of("discovery.type=single-node", "network.host=127.0.0.1", "http.port=" + this.httpPort,
					"transport.port=" + freePort(), "xpack.security.enabled=false", "xpack.ml.enabled=false",
					"path.data=" + instance.resolve("data"), "path.logs=" + instance.resolve("logs"))
			.forEach((setting) -> {
				command.add("-E");
				command.add(setting);
			});
		return command;
	}

	private Map<String, String> environment() {
		return Map.of("ES_JAVA_HOME", System.getProperty("java.home"), "ES_PATH_CONF",
				this.settings.instanceDirectory().toAbsolutePath().resolve("config").toString(), "ES_JAVA_OPTS",
				"-Xms" + this.settings.heap() + " -Xmx" + this.settings.heap());
	}

	private void awaitHealthyCluster() throws IOException, InterruptedException {
		HttpRequest health = HttpRequest.newBuilder(url().resolve("/_cluster/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + this.settings.startupTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IOException("the process exited with " + this.process.exitValue() + "; see " + consoleLog());
			}
			try {
				HttpResponse<String> response = this.http.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && HEALTHY.matcher(response.body()).find()) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// Keep polling until the deadline.
			}
			TimeUnit.MILLISECONDS.sleep(250);
		}
		throw new IOException("no yellow or green cluster at " + url() + " within "
				+ this.settings.startupTimeout().toSeconds() + " s; see " + consoleLog());
	}

	/** Stops the whole process tree: runuser, the CLI launcher and the server JVM. */
	private void stopProcess() {
		Process running = this.process;
		if (running == null) {
			return;
		}
		List<ProcessHandle> tree = new ArrayList<>(running.descendants().toList());
		tree.add(running.toHandle());
		stop(tree);
		logger.info("Elasticsearch at {} stopped", url());
	}

	/**
	 * Signals every process, then waits for each: SIGTERM makes Elasticsearch shut down
	 * cleanly, and signalling the whole tree leaves none orphaned, whatever runuser
	 * forwards.
	 */
	private static void stop(List<ProcessHandle> processes) {
		processes.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
		for (ProcessHandle handle : processes) {
			try {
				handle.onExit().get(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS);
			}
			catch (Exception notStopped) {
				handle.destroyForcibly();
			}
		}
	}

	private Path pidFile() {
		return this.settings.instanceDirectory().resolve("elasticsearch.pid");
	}

	private Path consoleLog() {
		return this.settings.instanceDirectory().resolve("logs").resolve("console.log");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void copyDirectory(Path source, Path target) throws IOException {
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : paths.toList()) {
				Files.copy(path, target.resolve(source.relativize(path).toString()),
						StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

}
