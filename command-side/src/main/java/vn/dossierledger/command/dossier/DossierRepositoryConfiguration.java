package vn.dossierledger.command.dossier;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the Dossier repository loads an aggregate. Without help every command re-reads the
 * dossier's whole stream from the event store; the cache keeps loaded dossiers between
 * commands, snapshots shorten the stream read on a cache miss.
 * <p>
 * The cache is only safe where one process handles all commands of a dossier: one
 * commands process per JPA event store, or Axon Server's consistent routing. (A stale
 * entry cannot store a wrong event: the store's unique (aggregate, sequence) key refuses
 * it and Axon evicts the entry on that rollback; the command fails and may be retried.)
 */
@Configuration(proxyBeanMethods = false)
class DossierRepositoryConfiguration {

	static final String CACHE = "dossierCache";

	static final String SNAPSHOT_TRIGGER = "dossierSnapshotTrigger";

	/**
	 * {@code weak}: Axon's {@link WeakReferenceCache}, entries live while the JVM has no
	 * need of the memory; {@code none}: every command re-sources.
	 */
	@Bean(CACHE)
	Cache dossierCache(@Value("${dossier-ledger.aggregate.cache:weak}") String kind) {
		return switch (kind) {
			case "weak" -> new WeakReferenceCache();
			case "none" -> NoCache.INSTANCE;
			default ->
				throw new IllegalArgumentException("dossier-ledger.aggregate.cache must be weak or none, not " + kind);
		};
	}

	/**
	 * A snapshot after every {@code snapshot-threshold} events read or applied in one
	 * load; 0 takes none.
	 */
	@Bean(SNAPSHOT_TRIGGER)
	SnapshotTriggerDefinition dossierSnapshotTrigger(ObjectProvider<Snapshotter> snapshotter,
			@Value("${dossier-ledger.aggregate.snapshot-threshold:0}") int threshold) {
		return (threshold > 0) ? new EventCountSnapshotTriggerDefinition(snapshotter.getObject(), threshold)
				: NoSnapshotTriggerDefinition.INSTANCE;
	}

}
