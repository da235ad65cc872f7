package vn.dossierledger.command.dossier;

import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.events.dossier.command.ReceiveDossierCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.history;

/**
 * How the Dossier repository loads aggregates: the cache and the snapshot trigger as
 * properties, and a snapshot that restores the dossier it was taken of.
 */
class DossierRepositoryConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(DossierRepositoryConfiguration.class)
		.withBean(Snapshotter.class, () -> (aggregateType, aggregateIdentifier) -> {
		});

	@Test
	void cachesDossiersWeaklyAndTakesNoSnapshotsByDefault() {
		this.runner.run((context) -> {
			assertThat(context.getBean(DossierRepositoryConfiguration.CACHE, Cache.class))
				.isInstanceOf(WeakReferenceCache.class);
			assertThat(
					context.getBean(DossierRepositoryConfiguration.SNAPSHOT_TRIGGER, SnapshotTriggerDefinition.class))
				.isSameAs(NoSnapshotTriggerDefinition.INSTANCE);
		});
	}

	@Test
	void reSourcesEveryCommandWithoutACacheAndSnapshotsAtTheThreshold() {
		this.runner
			.withPropertyValues("dossier-ledger.aggregate.cache=none", "dossier-ledger.aggregate.snapshot-threshold=25")
			.run((context) -> {
				assertThat(context.getBean(DossierRepositoryConfiguration.CACHE, Cache.class))
					.isSameAs(NoCache.INSTANCE);
				assertThat(context.getBean(DossierRepositoryConfiguration.SNAPSHOT_TRIGGER,
						SnapshotTriggerDefinition.class))
					.isInstanceOf(EventCountSnapshotTriggerDefinition.class);
			});
	}

	@Test
	void refusesAnUnknownCacheKind() {
		this.runner.withPropertyValues("dossier-ledger.aggregate.cache=forever")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void aSnapshotRestoresTheDossierItWasTakenOf() {
		JacksonSerializer serializer = JacksonSerializer.builder()
			.objectMapper(new ObjectMapper().findAndRegisterModules())
			.build();
		AtomicReference<Dossier> restored = new AtomicReference<>();
		new DossierTestSupport().given(history(Scenario.BIRTH).submitted())
			.when(new ReceiveDossierCommand(DOSSIER_ID, null, Scenario.BIRTH.desk(), null))
			.expectState((dossier) -> {
				SerializedObject<byte[]> snapshot = serializer.serialize(dossier, byte[].class);
				restored.set(serializer.deserialize(snapshot));
				assertThat(restored.get()).usingRecursiveComparison().isEqualTo(dossier);
			});
		assertThat(restored.get()).isNotNull();
	}

}
