package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.dossierledger.app.LedgerApi.Reply;

/**
 * The running application publishes Axon's message metrics through the actuator — with
 * the bounded set of {@link MessageMetricsConfiguration}, not Axon's default one.
 */
class MessageMetricsIT extends SharedLedgerTest {

	@Test
	void commandsAndReadModelsAreMeasuredWithoutACapacityMonitor() {
		DossierWalk.submit(api());

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Reply processed = api()
				.get("/actuator/metrics/eventProcessor.handling?tag=processorName:dossier-status&tag=outcome:success");
			assertThat(processed.status()).as("%s", processed).isEqualTo(200);
			assertThat(processed.json().path("measurements").get(0).path("value").asDouble()).isPositive();
		});
		Reply commands = api().get("/actuator/metrics/commandBus.successTimer");
		assertThat(commands.status()).as("%s", commands).isEqualTo(200);
		assertThat(commands.json().path("availableTags").findValuesAsText("tag")).contains("payloadType");

		JsonNode names = api().get("/actuator/metrics").json().path("names");
		assertThat(names).extracting(JsonNode::asText)
			.contains("eventProcessor.latency", "eventBus.ingestedCounter")
			.noneMatch((name) -> name.endsWith(".capacity") && !name.startsWith("jvm."));
	}

}
