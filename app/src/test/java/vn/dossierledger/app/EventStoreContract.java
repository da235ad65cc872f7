package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * What the application does alike on every event store it supports — the JPA store on H2
 * and on PostgreSQL, and Axon Server — asked over HTTP as a client asks it. One
 * application per store serves every test of the suite; a test makes its own dossiers and
 * never assumes the store was empty (an Axon Server keeps what earlier runs stored). The
 * rules come as interfaces, one per area, each a set of default test methods.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventStoreContract
		implements LedgerProofsOnEveryStore, MessagePathOnEveryStore, RacingCommandsOnEveryStore {

	private LedgerApplication application;

	/** Where the events go, and the read models with them. */
	protected abstract Map<String, Object> storeProperties();

	@BeforeAll
	void startApplication() {
		this.application = LedgerApplication.start(storeProperties());
	}

	@AfterAll
	void stopApplication() {
		if (this.application != null) {
			this.application.close();
		}
	}

	@Override
	public LedgerApplication application() {
		return this.application;
	}

	@Test
	void aDossierWalkedOverHttpAnswersWithEveryVersionItReached() {
		DossierWalk walk = DossierWalk.submit(application().api()).receive().processUntilResultIssued();

		assertThat(walk.version()).isEqualTo(7);
		HttpHeaders secret = new HttpHeaders();
		secret.set("X-Lookup-Secret", walk.lookupSecret());
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			LedgerApi.Reply status = application().api()
				.anonymous()
				.exchange(HttpMethod.GET, "/api/status/" + walk.dossierCode(), secret, null, null);
			assertThat(status.status()).as(status.toString()).isEqualTo(200);
			assertThat(status.text("status")).as(status.toString()).isEqualTo("RESOLVED");
		});
	}

}
