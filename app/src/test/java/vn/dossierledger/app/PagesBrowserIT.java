package vn.dossierledger.app;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import vn.dossierledger.events.dossier.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages in a real browser against the running application: what a citizen sees and
 * does, in both languages, with the keyboard alone and on a phone's screen; every page
 * passes the axe-core engine with no serious or critical violation and is saved as a
 * screenshot under {@code target/screenshots/}.
 */
class PagesBrowserIT extends SharedLedgerTest {

	private static final Duration LIVE_UPDATE = Duration.ofSeconds(20);

	private static final String DEVELOPMENT_SIGN_IN = "/development-issuer/sign-in";

	private static HeadlessChromium browser;

	@BeforeEach
	void aBrowserOnThisApplication() {
		if (browser == null) {
			browser = HeadlessChromium.start(port());
		}
		browser.resize(1280, 900);
		browser.driver().manage().deleteAllCookies();
	}

	@AfterAll
	static void closeTheBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theHomePageSaysWhatThisIsInVietnameseAndInEnglish() {
		browser.open("/");
		assertThat(text("h1")).isEqualTo("Hồ sơ thủ tục hành chính, từng bước một");
		assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
		accessible("home");

		browser.driver().findElement(By.cssSelector("a[hreflang='en']")).click();
		assertThat(text("h1")).isEqualTo("Administrative dossiers, step by step");
		assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		accessible("home-en");

		// The choice holds on the next page.
		browser.open("/status");
		assertThat(text("h1")).isEqualTo("Look up a dossier");
	}

	@Test
	void aCitizenLooksUpTheirDossierAndSeesAnOfficersStepWithoutReloading() {
		DossierWalk dossier = submittedAndVisible();
		browser.open("/status");
		accessible("status-lookup");

		lookUp(dossier.dossierCode(), dossier.lookupSecret());
		assertThat(browser.currentPath()).isEqualTo("/status/" + dossier.dossierCode());
		assertThat(browser.currentPath()).doesNotContain(dossier.lookupSecret());
		assertThat(text(".status-code")).isEqualTo("Trạng thái 1");
		assertThat(text(".status-label")).isEqualTo("Mới đăng ký");
		assertThat(texts(".timeline .step-label")).containsExactly("Nộp hồ sơ");
		accessible("status-dossier");

		// Marks this very page: a reload would lose the mark.
		browser.script("window.__notReloaded = true;");
		// An update sent before the page's stream is open would not reach it.
		browser.waitFor(LIVE_UPDATE, (page) -> !page.findElements(By.cssSelector("[data-live='open']")).isEmpty());
		assertThat(text(".live-indicator")).isEqualTo("Đang cập nhật trực tiếp");
		dossier.receive();

		browser.waitFor(LIVE_UPDATE, (page) -> text(".status-code").equals("Trạng thái 2"));
		assertThat(text(".status-label")).isEqualTo("Được tiếp nhận");
		assertThat(texts(".timeline .step-label")).containsExactly("Nộp hồ sơ", "Tiếp nhận hồ sơ và hẹn trả kết quả");
		assertThat(browser.script("return window.__notReloaded === true;")).isEqualTo(true);
		assertThat(browser.driver().findElements(By.cssSelector(".facts time"))).hasSizeGreaterThanOrEqualTo(3);
		accessible("status-dossier-received");
	}

	@Test
	void aWrongSecretIsRefusedOnThePageAndNothingIsShown() {
		DossierWalk dossier = submittedAndVisible();
		browser.open("/status");

		lookUp(dossier.dossierCode(), "not-the-secret");

		assertThat(text("[role='alert']")).isEqualTo("Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này.");
		assertThat(browser.currentPath()).isEqualTo("/status");
		assertThat(browser.driver().findElements(By.cssSelector(".status-code"))).isEmpty();
		accessible("status-not-found");

		browser.open("/status/" + dossier.dossierCode());
		assertThat(browser.currentPath()).startsWith("/status?code=");
	}

	@Test
	void aCitizenLooksUpWithTheKeyboardAlone() {
		DossierWalk dossier = submittedAndVisible();
		browser.open("/status");

		Actions keyboard = new Actions(browser.driver());
		keyboard.sendKeys(Keys.TAB).perform();
		assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Chuyển đến nội dung chính");
		keyboard.sendKeys(Keys.ENTER).perform();
		// From the main content, the first field is the dossier code.
		keyboard.sendKeys(Keys.TAB).perform();
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("code");
		keyboard.sendKeys(dossier.dossierCode(), Keys.TAB, dossier.lookupSecret(), Keys.ENTER).perform();

		browser.waitFor(LIVE_UPDATE, (page) -> browser.currentPath().startsWith("/status/"));
		assertThat(text(".status-label")).isEqualTo("Mới đăng ký");
	}

	@Test
	void thePagesFitAPhoneScreen() {
		DossierWalk dossier = submittedAndVisible();
		browser.resize(390, 844);
		browser.open("/");
		assertNoSidewaysScrolling();
		accessible("home-phone");

		browser.open("/status");
		lookUp(dossier.dossierCode(), dossier.lookupSecret());
		assertThat(text(".status-label")).isEqualTo("Mới đăng ký");
		assertNoSidewaysScrolling();
		accessible("status-dossier-phone");
	}

	@Test
	void aCitizenSignsInAtTheIdentityProviderAndSeesTheirOwnDossiers() {
		DossierWalk dossier = submittedAndVisible();
		browser.open("/my-dossiers");
		assertThat(browser.currentPath()).isEqualTo("/sign-in");
		accessible("sign-in");

		browser.driver().findElement(By.cssSelector("main a.button")).click();
		assertThat(browser.currentPath()).startsWith(DEVELOPMENT_SIGN_IN);
		accessible("development-issuer-sign-in");
		signInAtTheDevelopmentIssuer(BirthRegistration.APPLICANT);

		browser.waitFor(LIVE_UPDATE, (page) -> browser.currentPath().startsWith("/my-dossiers"));
		browser.waitFor(LIVE_UPDATE, (page) -> {
			if (page.getPageSource().contains(dossier.dossierCode())) {
				return true;
			}
			page.navigate().refresh(); // the status read model may be a moment behind
			return false;
		});
		assertThat(text(".account")).contains(BirthRegistration.APPLICANT);
		accessible("my-dossiers");

		// Their own dossier opens without its lookup secret, and follows an officer's
		// step live.
		browser.clickThroughToNextPage(
				browser.driver().findElement(By.cssSelector("a[href='/my-dossiers/" + dossier.dossierCode() + "']")));
		assertThat(text(".status-label")).isEqualTo("Mới đăng ký");
		browser.waitFor(LIVE_UPDATE, (page) -> !page.findElements(By.cssSelector("[data-live='open']")).isEmpty());
		dossier.receive();
		browser.waitFor(LIVE_UPDATE, (page) -> text(".status-label").equals("Được tiếp nhận"));
		accessible("my-dossier");
		// A code they did not file is not found.
		browser.open("/my-dossiers/000.00.00.H00-000000-99999");
		assertThat(text("[role='alert']")).contains("Bạn không nộp hồ sơ nào có mã này.");

		browser.driver().findElement(By.cssSelector(".account button")).click();
		browser.waitFor(LIVE_UPDATE, (page) -> browser.currentPath().equals("/"));
		assertThat(text(".account")).isEqualTo("Đăng nhập");
		browser.open("/my-dossiers");
		assertThat(browser.currentPath()).isEqualTo("/sign-in");
	}

	@Test
	void someoneSignedInWithoutTheRoleIsRefusedThePages() {
		browser.open("/sign-in");
		browser.driver().findElement(By.cssSelector("main a.button")).click();
		signInAtTheDevelopmentIssuer(LedgerApi.ANALYST);
		browser.waitFor(LIVE_UPDATE, (page) -> browser.currentPath().equals("/"));

		browser.open("/my-dossiers");

		assertThat(text("h1")).isEqualTo("Không có quyền truy cập");
		assertThat(text(".account")).contains(LedgerApi.ANALYST);
		accessible("forbidden");
		browser.open("/case-room");
		assertThat(text("h1")).isEqualTo("Không có quyền truy cập");

		// Signed out for good (the identity provider's session too) before the next
		// person signs in.
		browser.clickThroughToNextPage(browser.driver().findElement(By.cssSelector(".account button")));
		browser.waitFor(LIVE_UPDATE, (page) -> browser.currentPath().equals("/"));
		browser.open("/sign-in");
		browser.driver().findElement(By.cssSelector("main a.button")).click();
		signInAtTheDevelopmentIssuer(BirthRegistration.APPLICANT);
		browser.waitFor(LIVE_UPDATE, (page) -> browser.currentPath().equals("/"));
		browser.open("/dashboard");
		assertThat(text("h1")).isEqualTo("Không có quyền truy cập");
		assertThat(text(".account")).contains(BirthRegistration.APPLICANT);
		browser.open("/case-room/cases/any?purpose=curiosity");
		assertThat(text("h1")).isEqualTo("Không có quyền truy cập");
	}

	@Test
	void anAnalystSignsInAndNarrowsTheDashboardWhoseChartsFollow() {
		DossierWalk received = DossierWalk.submit(api()).receive();
		browser.open("/dashboard");
		browser.driver().findElement(By.cssSelector("main a.button")).click();
		signInAtTheDevelopmentIssuer(LedgerApi.ANALYST);
		browser.waitFor(LIVE_UPDATE, (page) -> browser.currentPath().startsWith("/dashboard"));
		browser.waitFor(LIVE_UPDATE, (page) -> chartLabels("trend-chart") != null);
		String thisMonth = String.format("%02d/%d", LocalDate.now(VietnamTime.ZONE).getMonthValue(),
				LocalDate.now(VietnamTime.ZONE).getYear());
		assertThat(chartLabels("trend-chart")).hasSize(6).endsWith(thisMonth);
		assertThat(chartLabels("group-chart")).isNotEmpty();
		browser.resize(1280, 2200); // the whole dashboard in its screenshot
		accessible("dashboard");

		WebElement from = browser.driver().findElement(By.id("from"));
		WebElement to = browser.driver().findElement(By.id("to"));
		browser.script("arguments[0].value = '2020-01-01'; arguments[1].value = '2020-01-31';", from, to);
		browser.driver().findElement(By.cssSelector("form.filters button")).click();

		browser.waitFor(LIVE_UPDATE, (page) -> browser.currentPath().contains("from=2020-01-01"));
		browser.waitFor(LIVE_UPDATE, (page) -> chartLabels("trend-chart") != null);
		assertThat(chartLabels("trend-chart")).containsExactly("08/2019", "09/2019", "10/2019", "11/2019", "12/2019",
				"01/2020");
		assertThat(text(".period")).isEqualTo("Hồ sơ tiếp nhận từ 01/01/2020 đến 31/01/2020: 0");

		browser.driver().findElement(By.cssSelector("a[href='/dashboard/definitions#onTime']")).click();
		assertThat(text("#onTime")).isEqualTo("Đúng hạn");
		accessible("dashboard-definitions");

		// The dossiers behind a figure of this month: the dossier received above among
		// them.
		browser.open("/dashboard");
		browser
			.clickThroughToNextPage(browser.driver().findElement(By.cssSelector(".cards a[href$='&figure=onTime']")));
		assertThat(text("h1")).isEqualTo("Các hồ sơ của chỉ số: Đúng hạn");
		assertThat(texts("table.dossiers tbody th")).contains(received.dossierCode());
		accessible("dashboard-dossiers");
	}

	@SuppressWarnings("unchecked")
	private static List<String> chartLabels(String canvasId) {
		return (List<String>) browser.script("const chart = window.Chart && Chart.getChart(arguments[0]);"
				+ " return chart ? chart.data.labels : null;", browser.driver().findElement(By.id(canvasId)));
	}

	@Test
	void aWrongPasswordIsRefusedAtTheIdentityProvider() {
		browser.open("/sign-in");
		browser.driver().findElement(By.cssSelector("main a.button")).click();
		browser.driver().findElement(By.id("username")).sendKeys(LedgerApi.ANALYST);
		browser.driver().findElement(By.id("password")).sendKeys("not-the-secret", Keys.ENTER);

		browser.waitFor(LIVE_UPDATE, (page) -> browser.currentPath().startsWith(DEVELOPMENT_SIGN_IN + "?error"));
		assertThat(text("[role='alert']")).contains("Unknown person or wrong password");
		browser.open("/");
		assertThat(text(".account")).isEqualTo("Đăng nhập");
	}

	private static void signInAtTheDevelopmentIssuer(String person) {
		browser.signInAtTheDevelopmentIssuer(person);
	}

	/** A new dossier, once the status read model shows it to its citizen. */
	private DossierWalk submittedAndVisible() {
		DossierWalk dossier = DossierWalk.submit(api());
		HttpHeaders secret = new HttpHeaders();
		secret.add("X-Lookup-Secret", dossier.lookupSecret());
		await().atMost(LIVE_UPDATE)
			.until(() -> api().anonymous()
				.exchange(HttpMethod.GET, "/api/status/" + dossier.dossierCode(), secret, null, null)
				.status() == 200);
		return dossier;
	}

	private static void lookUp(String code, String secret) {
		WebElement codeField = browser.driver().findElement(By.id("code"));
		codeField.clear();
		codeField.sendKeys(code);
		browser.driver().findElement(By.id("secret")).sendKeys(secret);
		// The answer is a new page, whether it shows the dossier or the refusal.
		browser.clickThroughToNextPage(browser.driver().findElement(By.cssSelector("main form button[type='submit']")));
	}

	private static String text(String selector) {
		return browser.text(selector);
	}

	private static List<String> texts(String selector) {
		return browser.texts(selector);
	}

	private static void assertNoSidewaysScrolling() {
		Object overflow = browser
			.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).as("pixels wider than the screen").isLessThanOrEqualTo(0);
	}

	/**
	 * No serious or critical axe-core violation, and a screenshot of the page as checked.
	 */
	private static void accessible(String screenshot) {
		browser.assertAccessible(screenshot);
	}

}
