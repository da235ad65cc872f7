package vn.dossierledger.app.persistence;

import java.time.Duration;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JPA event storage engine as its auto-configuration builds it, plus a
 * configurable gap timeout and fetch size, and streams that read stored timestamps with
 * the UTC fast path and query at most once per {@code tail-read-interval} once they have
 * reached the head ({@link StreamingJpaEventStorageEngine}). Streaming processors give up
 * waiting for a global-index gap (a transaction still committing) once the events around
 * it are older than the gap timeout, judged by their timestamps. The demo records a month
 * of history with business-time timestamps, so every gap looks old and an event committed
 * a moment later would be skipped by the read models; the demo profile therefore sets a
 * timeout longer than its simulated window. Axon takes the timeout in int milliseconds: a
 * longer one is refused rather than silently shortened (the demo checks its window
 * against the configured value).
 * <p>
 * Only without Axon Server: with the {@code axonserver} profile the connector's event
 * store takes over and this engine (and its gap settings, which mean nothing there) backs
 * off. The connector is on the classpath, so Axon treats a missing property as "on"; so
 * do we.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class EventStoreConfiguration {

	@Bean
	EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
			PersistenceExceptionResolver persistenceExceptionResolver,
			@Qualifier("eventSerializer") Serializer eventSerializer,
			org.axonframework.config.Configuration configuration, EntityManagerProvider entityManagerProvider,
			TransactionManager transactionManager,
			@Value("${dossier-ledger.event-store.gap-timeout:PT60S}") Duration gapTimeout,
			@Value("${dossier-ledger.event-store.gap-cleaning-threshold:250}") int gapCleaningThreshold,
			@Value("${dossier-ledger.event-store.batch-size:1000}") int batchSize,
			@Value("${dossier-ledger.event-store.tail-read-interval:10ms}") Duration tailReadInterval) {
		return new StreamingJpaEventStorageEngine(JpaEventStorageEngine.builder()
			.snapshotSerializer(defaultSerializer)
			.upcasterChain(configuration.upcasterChain())
			.persistenceExceptionResolver(persistenceExceptionResolver)
			.eventSerializer(eventSerializer)
			.snapshotFilter(configuration.snapshotFilter())
			.entityManagerProvider(entityManagerProvider)
			.transactionManager(transactionManager)
			.gapTimeout(inMillis(gapTimeout))
			.gapCleaningThreshold(gapCleaningThreshold)
			// Events per query when a processor streams: a replay reads the store in
			// fewer, larger queries (Axon's default is 100).
			.batchSize(batchSize), new TailReadPacing(tailReadInterval));
	}

	private static int inMillis(Duration gapTimeout) {
		if (gapTimeout.toMillis() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("dossier-ledger.event-store.gap-timeout " + gapTimeout
					+ " is longer than Axon's event store accepts (" + Duration.ofMillis(Integer.MAX_VALUE) + ")");
		}
		return (int) gapTimeout.toMillis();
	}

}
