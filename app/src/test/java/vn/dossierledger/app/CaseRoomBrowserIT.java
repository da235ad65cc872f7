package vn.dossierledger.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.app.elasticsearch.ElasticsearchTestServer;
import vn.dossierledger.oversight.ledger.EvidenceBundleVerifier;
import vn.dossierledger.oversight.ledger.EvidenceBundleVerifier.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inspectors' case room in a real browser, against the running application with a
 * real Elasticsearch: an inspector signs in, states a purpose, searches the audit history
 * without diacritics and narrows it by a facet, opens a case, steps back through it,
 * downloads its evidence bundle, which verifies offline, and finds their reads in the
 * access audit. Every page passes axe-core and is saved as a screenshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dossier-ledger.demo.enabled=false", "dossier-ledger.signature.demo-ca.enabled=true",
				"dossier-ledger.elasticsearch.embedded.enabled=false",
				"dossier-ledger.elasticsearch.index-prefix=case-room-it-",
				"dossier-ledger.ledger.verification.scheduled=false", "dossier-ledger.ledger.seal.block-size=4",
				"dossier-ledger.ledger.seal.block-interval=PT0.5S", "dossier-ledger.ledger.seal.idle-check=PT0.2S" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CaseRoomBrowserIT {

	private static final Duration INDEXED = Duration.ofSeconds(60);

	private static final Duration PAGE = Duration.ofSeconds(20);

	private static final String PURPOSE = "Kiểm tra theo kế hoạch thanh tra năm 2026";

	private static HeadlessChromium browser;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void dataDirectoryAndElasticsearch(DynamicPropertyRegistry registry) throws IOException {
		Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "case-room-")
			.toAbsolutePath();
		registry.add("dossier-ledger.data-dir", directory::toString);
		registry.add("dossier-ledger.elasticsearch.url", () -> ElasticsearchTestServer.url().toString());
	}

	@AfterAll
	static void closeTheBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void anInspectorSearchesOpensACaseStepsThroughItAndDownloadsABundleThatVerifies() {
		LedgerApi api = LedgerApi.onPort(this.port);
		DossierWalk dossier = DossierWalk.submit(api).receive().processUntilResultIssued();
		JsonNode history = api.as(LedgerApi.INSPECTOR)
			.get(dossier.path("/history") + "?purpose=" + PURPOSE)
			.json()
			.path("steps");
		await().atMost(INDEXED)
			.until(() -> api.as(LedgerApi.INSPECTOR)
				.get("/api/audit/events?eventType=OpinionRecorded&dossierId=" + dossier.dossierId() + "&purpose="
						+ PURPOSE)
				.json()
				.path("total")
				.asLong() == 1);
		browser = HeadlessChromium.start(this.port);

		// Signed in at the identity provider, the inspector is back where they asked to
		// go.
		browser.open("/case-room");
		browser.driver().findElement(By.cssSelector("main a.button")).click();
		browser.signInAtTheDevelopmentIssuer(LedgerApi.INSPECTOR);
		browser.waitFor(PAGE, (page) -> browser.currentPath().startsWith("/case-room"));
		assertThat(text("h1")).isEqualTo("Phòng hồ sơ vụ việc");
		browser.assertAccessible("case-room");

		// Words without diacritics find the opinion's note, which has them.
		browser.driver().findElement(By.id("purpose")).sendKeys(PURPOSE);
		browser.driver().findElement(By.id("q")).sendKeys("du dieu kien dang ky khai sinh");
		browser.clickThroughToNextPage(browser.driver().findElement(By.cssSelector("main form button")));
		assertThat(text("#hits-heading")).matches("Tìm thấy [1-9][0-9]* sự kiện");
		assertThat(texts("table.dossiers tbody td:nth-child(5)"))
			.anyMatch((words) -> words.contains("Đủ điều kiện đăng ký khai sinh"));
		browser.resize(1280, 1600);
		browser.assertAccessible("case-room-search");
		browser.resize(1280, 900);

		// A facet narrows the hits to its value.
		WebElement opinions = browser.driver()
			.findElement(By.xpath("//nav[@class='facets']//a[contains(., 'Ghi ý kiến xử lý')]"));
		browser.clickThroughToNextPage(opinions);
		assertThat(browser.currentPath()).contains("eventType=OpinionRecorded");
		assertThat(texts("table.dossiers tbody td:nth-child(3)")).isNotEmpty().containsOnly("Ghi ý kiến xử lý");

		// The case asks for the purpose, then shows every stored event and its
		// verification.
		browser.open("/case-room/cases/" + dossier.dossierId());
		browser.driver().findElement(By.id("purpose")).sendKeys(PURPOSE, Keys.ENTER);
		browser.waitFor(PAGE, (page) -> !page.findElements(By.id("timeline")).isEmpty());
		assertThat(text("h1")).isEqualTo("Hồ sơ " + dossier.dossierCode());
		assertThat(browser.driver().findElements(By.cssSelector("ol.timeline > li"))).hasSize(history.size());
		assertThat(texts("ol.timeline .step-head strong")).contains("Ghi ý kiến xử lý", "Có kết quả giải quyết");
		assertThat(text("#timeline")).contains("Đủ điều kiện đăng ký khai sinh");
		assertThat(browser.driver().findElement(By.cssSelector("#verification .status")).getAttribute("data-verified"))
			.isEqualTo("true");
		assertThat(text("#step-through .step-head")).startsWith("Bước " + history.size() + "/" + history.size());

		// One step back: the state before the result was issued.
		browser.clickThroughToNextPage(browser.driver().findElement(By.cssSelector("#step-through a[rel='prev']")));
		assertThat(text("#step-through .step-head")).startsWith("Bước " + (history.size() - 1) + "/" + history.size());
		assertThat(texts("#step-through table.changes th[scope='row']")).isNotEmpty();
		browser.resize(1280, 4200);
		browser.assertAccessible("case-room-case");
		browser.resize(1280, 900);

		// The bundle downloads as exported, and verifies offline.
		browser.driver().findElement(By.cssSelector("#verification a[download]")).click();
		byte[] bundle = browser.downloaded("evidence-" + dossier.dossierId() + ".json", PAGE);
		Verdict verdict = new EvidenceBundleVerifier().verify(bundle, Optional.empty());
		assertThat(verdict.verified()).as(verdict.report()).isTrue();
		assertThat(verdict.coverage().events()).isEqualTo(history.size());

		// The access audit recorded the case's page reads, with the purpose.
		await().atMost(PAGE).untilAsserted(() -> {
			Reply reads = api.as(LedgerApi.INSPECTOR)
				.get("/api/audit/access-reads?dossierId=" + dossier.dossierId() + "&readerId=" + LedgerApi.INSPECTOR);
			List<String> pageReads = reads.json()
				.path("reads")
				.findValuesAsText("view")
				.stream()
				.filter((view) -> view.equals("case-room") || view.equals("evidence-bundle"))
				.toList();
			assertThat(pageReads).contains("case-room", "evidence-bundle");
			assertThat(reads.json().path("reads").findValuesAsText("purpose")).containsOnly(PURPOSE);
		});
	}

	private static String text(String selector) {
		return browser.text(selector);
	}

	private static List<String> texts(String selector) {
		return browser.texts(selector);
	}

}
