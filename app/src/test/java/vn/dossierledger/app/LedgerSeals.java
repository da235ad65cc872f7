package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dossierledger.app.LedgerApi.Reply;

/** Waiting for the ledger-seals processor. */
final class LedgerSeals {

	private LedgerSeals() {
	}

	/**
	 * Waits until the latest seal covers every stored event.
	 * @return the latest seal
	 */
	static JsonNode awaitEverythingSealed(LedgerApi api, EventStoreRows eventStore) {
		long stored = eventStore.eventCount();
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			Reply latest = api.get("/api/ledger/seals/latest");
			return (latest.status() == 200) ? latest.json() : null;
		}, (seal) -> seal != null && eventCount(seal) >= stored);
	}

	static long eventCount(JsonNode seal) {
		assertThat(seal.has("firstLeaf")).as("seal %s", seal).isTrue();
		return seal.path("firstLeaf").asLong() + seal.path("leafCount").asLong();
	}

}
