package vn.dossierledger.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ReadModelEventProcessingModuleTest {

	private final TokenStore tokens = new InMemoryTokenStore();

	private Configuration axon;

	@AfterEach
	void shutDown() {
		if (this.axon != null) {
			this.axon.shutdown();
		}
	}

	@Test
	void makesEveryPooledProcessorNarrowingWithAxonsCustomisationsInAxonsOrder() {
		Recorder statuses = new StatusRecorder();
		Recorder sheets = new SheetRecorder();
		Configurer configurer = configurer(statuses, sheets);
		configurer.eventProcessing()
			.registerPooledStreamingEventProcessorConfiguration((config, builder) -> builder.initialSegmentCount(4))
			.registerPooledStreamingEventProcessorConfiguration("statuses",
					(config, builder) -> builder.initialSegmentCount(5))
			.registerPooledStreamingEventProcessor("statuses", Configuration::eventStore,
					(config, builder) -> builder.initialSegmentCount(3))
			.registerPooledStreamingEventProcessor("sheets");

		this.axon = configurer.start();
		this.axon.eventBus().publish(GenericEventMessage.asEventMessage("received"));

		Map<String, EventProcessor> processors = this.axon.eventProcessingConfiguration().eventProcessors();
		assertThat(processors.values()).hasSize(2)
			.allSatisfy((processor) -> assertThat(processor).isExactlyInstanceOf(NarrowingEventProcessor.class));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(statuses.seen).containsExactly("received");
			assertThat(sheets.seen).containsExactly("received");
		});
		// The registration's own customisation last, the default first.
		assertThat(this.tokens.fetchSegments("statuses")).hasSize(3);
		assertThat(this.tokens.fetchSegments("sheets")).hasSize(4);
	}

	@Test
	void leavesOtherKindsOfProcessorAsAxonMakesThem() {
		Configurer configurer = configurer(new StatusRecorder());
		configurer.eventProcessing().registerTrackingEventProcessor("statuses");

		this.axon = configurer.start();

		assertThat(this.axon.eventProcessingConfiguration().eventProcessor("statuses"))
			.containsInstanceOf(TrackingEventProcessor.class);
	}

	@Test
	void theFullBufferBackOffIsFiveMillisecondsUnlessSet() {
		assertThat(bind(Map.of()).fullBufferBackOff()).isEqualTo(Duration.ofMillis(5));
		assertThat(bind(Map.of("dossier-ledger.processing.full-buffer-back-off", "20ms")).fullBufferBackOff())
			.isEqualTo(Duration.ofMillis(20));
	}

	@Test
	void aFullBufferBackOffThatIsNotPositiveOrLongerThanAxonsOwnWaitIsRefused() {
		for (String refused : List.of("0ms", "101ms", "-5ms")) {
			assertThatThrownBy(() -> bind(Map.of("dossier-ledger.processing.full-buffer-back-off", refused)))
				.as(refused)
				.hasRootCauseInstanceOf(IllegalArgumentException.class)
				.rootCause()
				.hasMessageContaining("full-buffer-back-off");
		}
	}

	private Configurer configurer(Object... handlers) {
		Configurer configurer = DefaultConfigurer.defaultConfiguration()
			.configureEmbeddedEventStore((config) -> new InMemoryEventStorageEngine())
			.registerComponent(TokenStore.class, (config) -> this.tokens)
			.registerModule(new ReadModelEventProcessingModule(Duration.ofMillis(5), Duration.ofSeconds(10)));
		for (Object handler : handlers) {
			configurer.eventProcessing().registerEventHandler((config) -> handler);
		}
		return configurer;
	}

	private static ReadModelProcessingProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("dossier-ledger.processing",
				Bindable.of(ReadModelProcessingProperties.class));
	}

	abstract static class Recorder {

		final List<String> seen = new CopyOnWriteArrayList<>();

		@EventHandler
		void on(String event) {
			this.seen.add(event);
		}

	}

	@ProcessingGroup("statuses")
	static class StatusRecorder extends Recorder {

	}

	@ProcessingGroup("sheets")
	static class SheetRecorder extends Recorder {

	}

}
