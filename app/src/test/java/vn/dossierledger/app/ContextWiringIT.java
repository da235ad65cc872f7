package vn.dossierledger.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.util.ReflectionTestUtils;

import vn.dossierledger.projection.NarrowingEventProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real application context in every profile combination that runs without an external
 * server, checked for the persistent Axon components by their concrete types: Axon on
 * Spring Boot 4 has had auto-configuration ordering bugs that silently left applications
 * on an in-memory token store, without the JPA event store or with the in-memory deadline
 * manager, and Boot 4 no longer gives Axon's Jackson serializer Boot's mapper. (The
 * {@code axonserver} profile: {@code AxonServerProfileTest}.)
 */
class ContextWiringIT {

	/** The read models with a JPA dead-letter queue (the audit index retries instead). */
	private static final List<String> READ_MODELS = List.of("dossier-status", "control-sheet", "performance-statistics",
			"red-flags");

	@TempDir
	Path dataDirectory;

	@ParameterizedTest(name = "profiles [{0}]")
	@ValueSource(strings = { "", "postgres", "postgres,commands", "postgres,projections" })
	void wiresThePersistentAxonComponents(String profiles) {
		boolean commands = !profiles.contains("projections");
		boolean readModels = !profiles.contains("commands");
		try (LedgerApplication application = LedgerApplication.start(properties(profiles))) {
			Configuration axon = application.bean(Configuration.class).orElseThrow();

			EventStorageEngine engine = application.bean(EventStorageEngine.class).orElseThrow();
			assertThat(engine).isInstanceOf(JpaEventStorageEngine.class);
			assertThat(engine.getClass().getName())
				.isEqualTo("vn.dossierledger.app.persistence.StreamingJpaEventStorageEngine");
			assertThat(axon.eventStore()).isExactlyInstanceOf(EmbeddedEventStore.class);
			assertThat((Object) ReflectionTestUtils.invokeMethod(axon.eventStore(), "storageEngine"))
				.as("the store's engine")
				.isSameAs(engine);
			assertThat(axon.getComponent(org.axonframework.common.transaction.TransactionManager.class))
				.isInstanceOf(SpringTransactionManager.class);

			assertThat(application.bean(TokenStore.class)).containsInstanceOf(JpaTokenStore.class);
			EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
			assertThat(processing.eventProcessors()).isNotEmpty();
			processing.eventProcessors().forEach((name, processor) -> {
				if (processor instanceof StreamingEventProcessor) {
					assertThat(processing.tokenStore(name)).as("token store of %s", name)
						.isExactlyInstanceOf(JpaTokenStore.class);
				}
			});

			if (commands) {
				assertThat(application.bean(Scheduler.class)).as("db-scheduler").isPresent();
				assertThat(application.bean(DeadlineManager.class))
					.containsInstanceOf(DbSchedulerDeadlineManager.class);
				assertThat(axon.deadlineManager()).isExactlyInstanceOf(DbSchedulerDeadlineManager.class);
			}
			else {
				assertThat(application.bean(Scheduler.class)).as("no deadline polling without the aggregate").isEmpty();
			}

			for (String readModel : READ_MODELS) {
				if (readModels) {
					assertThat(processing.eventProcessor(readModel)).as(readModel)
						.containsInstanceOf(NarrowingEventProcessor.class);
					assertThat(processing.deadLetterQueue(readModel)).as("dead letters of %s", readModel)
						.containsInstanceOf(JpaSequencedDeadLetterQueue.class);
					// application.yml's initial-segment-count, through its YAML alias.
					await().atMost(Duration.ofSeconds(20))
						.untilAsserted(() -> assertThat(processing.tokenStore(readModel).fetchSegments(readModel))
							.as("segments of %s", readModel)
							.hasSize(2));
				}
				else {
					assertThat(processing.eventProcessor(readModel)).as(readModel).isEmpty();
				}
			}

			assertStoredMessageSerializer(axon.serializer());
			assertStoredMessageSerializer(axon.messageSerializer());
			assertStoredMessageSerializer(axon.eventSerializer());
			assertThat(axon.eventSerializer()).isSameAs(axon.serializer()).isSameAs(axon.messageSerializer());
		}
	}

	/** Axon's Jackson 2 serializer on the application's own mapper, not a default one. */
	private static void assertStoredMessageSerializer(Serializer serializer) {
		assertThat(serializer).isExactlyInstanceOf(JacksonSerializer.class);
		com.fasterxml.jackson.databind.ObjectMapper mapper = ((JacksonSerializer) serializer).getObjectMapper();
		assertThat(mapper.getRegisteredModuleIds()).contains("dossier-ledger-utc-instants");
		assertThat(mapper.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();
	}

	private Map<String, Object> properties(String profiles) {
		if (profiles.isEmpty()) {
			return Map.of("dossier-ledger.data-dir", this.dataDirectory.toString());
		}
		Map<String, Object> properties = new HashMap<>(EmbeddedPostgresServer.newDatabaseProperties());
		properties.put("spring.profiles.active", profiles);
		return properties;
	}

}
