package vn.dossierledger.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven by Debian's ChromeDriver through Selenium: no
 * browser or driver is downloaded ({@code .ci/run} installs both packages). Each page can
 * be checked by the axe-core engine and saved as a screenshot under
 * {@code target/screenshots/}.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final AxeCore axe;

	private final String baseUrl;

	private final Path downloads;

	private HeadlessChromium(ChromeDriver driver, AxeCore axe, String baseUrl, Path downloads) {
		this.driver = driver;
		this.axe = axe;
		this.baseUrl = baseUrl;
		this.downloads = downloads;
	}

	static HeadlessChromium start(int port) {
		assertThat(new File(CHROMIUM)).as("Debian's chromium package (apt-get install chromium)").canRead();
		assertThat(new File(CHROMEDRIVER)).as("Debian's chromium-driver package (apt-get install chromium-driver)")
			.canRead();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		// As root in a sandbox of its own, without GPU; the machine's closed network
		// refuses Chromium's background connections, so none is made.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--lang=vi", "--window-size=1280,900",
				"--user-data-dir=" + newProfileDirectory());
		Path downloads = newDirectory("browser-downloads", "downloads-");
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		// A page that a click or a key loads may not be there yet when the next element
		// is looked for, on a loaded machine.
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		// Headless Chromium saves downloads only where it is told to.
		driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		return new HeadlessChromium(driver, AxeCore.installed(), "http://localhost:" + port, downloads);
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	String currentPath() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	/**
	 * Waits for the condition; when it never holds, says where the browser was and saves
	 * the page as {@code target/screenshots/failed-*.png}.
	 */
	<T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
		try {
			// A partial update may replace an element while it is being read.
			return new WebDriverWait(this.driver, timeout).ignoring(StaleElementReferenceException.class)
				.until(condition);
		}
		catch (TimeoutException ex) {
			Path page = screenshot("failed-" + System.currentTimeMillis());
			throw new AssertionError("Waited " + timeout + " in vain on " + this.driver.getCurrentUrl() + " (" + page
					+ "): " + this.driver.findElement(By.tagName("body")).getText(), ex);
		}
	}

	/**
	 * Clicks what loads a new page (a form's button) and waits until that page is there:
	 * a mark set on the old page is gone and the new one has finished loading.
	 */
	void clickThroughToNextPage(WebElement element) {
		script("window.__leaving = true;");
		element.click();
		waitFor(Duration.ofSeconds(20), (page) -> {
			try {
				return Boolean.TRUE.equals(
						script("return window.__leaving === undefined" + " && document.readyState === 'complete';"));
			}
			catch (WebDriverException navigating) {
				return false;
			}
		});
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	/**
	 * The page's accessibility violations of serious or critical impact, as axe-core
	 * reports them: rule, impact, the elements concerned.
	 */
	List<Map<String, Object>> seriousAccessibilityViolations() {
		return this.axe.seriousViolations(this.driver);
	}

	/**
	 * No serious or critical axe-core violation on the page, and a screenshot of it as
	 * checked.
	 */
	void assertAccessible(String screenshot) {
		screenshot(screenshot);
		assertThat(seriousAccessibilityViolations()).as("axe-core on %s", currentPath()).isEmpty();
	}

	/** The text of the first element the selector finds, trimmed. */
	String text(String selector) {
		return this.driver.findElement(By.cssSelector(selector)).getText().strip();
	}

	/** The texts of every element the selector finds, trimmed. */
	List<String> texts(String selector) {
		return this.driver.findElements(By.cssSelector(selector))
			.stream()
			.map((element) -> element.getText().strip())
			.toList();
	}

	/** Signs in on the development issuer's form, to which a sign-in has led. */
	void signInAtTheDevelopmentIssuer(String person) {
		this.driver.findElement(By.id("username")).sendKeys(person);
		this.driver.findElement(By.id("password")).sendKeys("demo", Keys.ENTER);
	}

	/** The bytes of a file the browser downloaded, once it is complete. */
	byte[] downloaded(String fileName, Duration timeout) {
		Path file = this.downloads.resolve(fileName);
		// Chromium writes a partial file under another name and renames it when done.
		waitFor(timeout, (page) -> Files.isRegularFile(file));
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Saves the page as it is now, as {@code target/screenshots/<name>.png}. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			File taken = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Files.copy(taken.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

	private static String newProfileDirectory() {
		return newDirectory("chromium-profiles", "profile-").toString();
	}

	private static Path newDirectory(String under, String prefix) {
		try {
			Path target = Files.createDirectories(Path.of("target", under));
			return Files.createTempDirectory(target, prefix).toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
