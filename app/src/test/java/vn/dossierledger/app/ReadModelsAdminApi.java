package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;

import org.springframework.http.HttpMethod;

import vn.dossierledger.app.LedgerApi.Reply;

/** The read-model admin API as the integration tests use it. */
final class ReadModelsAdminApi {

	private final LedgerApi api;

	ReadModelsAdminApi(LedgerApi api) {
		this.api = api;
	}

	Reply get(String path) {
		return this.api.exchange(HttpMethod.GET, path, null, null, null);
	}

	/** {@code GET /api/admin/read-models}, asserted 200. */
	JsonNode positions() {
		Reply reply = get("/api/admin/read-models");
		assertThat(reply.status()).as("positions %s", reply).isEqualTo(200);
		return reply.json();
	}

	JsonNode position(String processingGroup) {
		for (JsonNode readModel : positions()) {
			if (readModel.path("processingGroup").asText().equals(processingGroup)) {
				return readModel;
			}
		}
		throw new AssertionError("no read model " + processingGroup + " in " + positions());
	}

	List<String> processingGroups() {
		List<String> groups = new ArrayList<>();
		positions().forEach((readModel) -> groups.add(readModel.path("processingGroup").asText()));
		return groups;
	}

	/** Waits until every read model runs without error at the head of the event store. */
	void awaitAllCaughtUp(Duration atMost) {
		Awaitility.await("every read model at the head of the event store")
			.atMost(atMost)
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> {
				for (JsonNode readModel : positions()) {
					assertThat(readModel.path("caughtUp").asBoolean()).as("%s", readModel).isTrue();
				}
			});
	}

}
