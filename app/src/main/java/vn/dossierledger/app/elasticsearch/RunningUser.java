package vn.dossierledger.app.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Who this JVM runs as, and the dedicated user Elasticsearch runs as when that is root
 * (it refuses to run as root).
 */
final class RunningUser {

	private RunningUser() {
	}

	static boolean isRoot() {
		try {
			return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		}
		catch (IOException | UnsupportedOperationException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	/** Creates the system user (with a home, where Elasticsearch may keep caches). */
	static void ensureServiceUser(String user) throws IOException, InterruptedException {
		if (exitCode("id", "-u", user) != 0) {
			run("useradd", "--system", "--create-home", "--shell", "/usr/sbin/nologin", user);
		}
	}

	static boolean canExecute(String user, Path file) throws IOException, InterruptedException {
		return exitCode("runuser", "-u", user, "--", "test", "-x", file.toAbsolutePath().toString()) == 0;
	}

	static boolean canWrite(String user, Path directory) throws IOException, InterruptedException {
		return exitCode("runuser", "-u", user, "--", "test", "-w", directory.toAbsolutePath().toString()) == 0;
	}

	/** Runs a command to completion, failing with its output when it fails. */
	static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", List.of(command)) + " failed: " + output.strip());
		}
	}

	private static int exitCode(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(1, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			return -1;
		}
		return process.exitValue();
	}

}
