package vn.dossierledger.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility engine from npm, installed once per build under
 * {@code target/browser-tools/} (a pinned version, as the OpenAPI lint's Redocly CLI),
 * and run inside the page under test.
 */
final class AxeCore {

	static final String VERSION = "4.14.1";

	private static final Path TOOLS = Path.of("target", "browser-tools");

	private final String source;

	private AxeCore(String source) {
		this.source = source;
	}

	static synchronized AxeCore installed() {
		Path script = TOOLS.resolve("node_modules/axe-core/axe.min.js");
		try {
			if (!Files.exists(script)) {
				Files.createDirectories(TOOLS);
				Process install = new ProcessBuilder(npm(), "install", "--no-save", "--no-package-lock", "--no-audit",
						"--no-fund", "--prefix", TOOLS.toAbsolutePath().toString(), "axe-core@" + VERSION)
					.redirectErrorStream(true)
					.redirectOutput(TOOLS.resolve("npm-install.log").toFile())
					.start();
				if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0) {
					throw new IllegalStateException("npm could not install axe-core@" + VERSION + ": see "
							+ TOOLS.resolve("npm-install.log").toAbsolutePath());
				}
			}
			return new AxeCore(Files.readString(script, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs every WCAG 2.x A and AA rule and best practice on the page; answers the
	 * violations whose impact is serious or critical.
	 */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> seriousViolations(WebDriver driver) {
		JavascriptExecutor page = (JavascriptExecutor) driver;
		page.executeScript(this.source);
		Object result = page.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag',
						values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
					.then((results) => done(results.violations
						.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
						.map((violation) => ({ rule: violation.id, impact: violation.impact, help: violation.help,
							elements: violation.nodes.map((node) => node.target.join(' ')) }))))
					.catch((failure) => done([{ rule: 'axe-failed', impact: 'critical', help: String(failure),
							elements: [] }]));
				""");
		return (List<Map<String, Object>>) result;
	}

	private static String npm() {
		return System.getProperty("os.name").startsWith("Windows") ? "npm.cmd" : "npm";
	}

}
