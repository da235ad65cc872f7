package vn.dossierledger.oversight.ledger;

import javax.sql.DataSource;

import java.time.Clock;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The tamper-evident ledger: every domain event is hash-chained as it is published, the
 * global stream is folded into signed seals, and chains and seals can be verified on
 * demand or on a schedule. Part of the command role: it guards what the command side
 * writes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dossier-ledger.role.commands", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties({ LedgerProperties.class, SealProperties.class })
class LedgerConfiguration {

	static final String SCHEDULED = "dossier-ledger.ledger.verification.scheduled";

	private static final String AXON_SERVER_ENABLED = "axon.axonserver.enabled";

	/** Dossiers whose last chain value is kept: the ones being worked on now. */
	private static final int CACHED_CHAIN_TIPS = 50_000;

	/** Static: the chaining set-up below, in this configuration, needs it. */
	@Bean
	static CanonicalEventEncoding canonicalEventEncoding() {
		return new CanonicalEventEncoding();
	}

	@Bean
	LedgerVerifier ledgerVerifier(StoredEvents storedEvents, DataSource dataSource, CanonicalEventEncoding encoding,
			LedgerProperties properties) {
		return new LedgerVerifier(storedEvents, dataSource, encoding, properties.effectiveWorkers());
	}

	/**
	 * The JPA event store's table; the property as the app's event store configuration
	 * reads it (the connector is on the classpath, so a missing one means Axon Server).
	 */
	@Bean
	@ConditionalOnProperty(name = AXON_SERVER_ENABLED, havingValue = "false")
	StoredEvents eventTableStoredEvents(DataSource dataSource, CanonicalEventEncoding encoding) {
		return new EventTableStoredEvents(dataSource, encoding);
	}

	@Bean
	@ConditionalOnProperty(name = AXON_SERVER_ENABLED, havingValue = "true", matchIfMissing = true)
	StoredEvents axonServerStoredEvents(AxonServerConnectionManager connections, AxonServerConfiguration server,
			SealStore sealStore, CanonicalEventEncoding encoding) {
		String context = connections.getDefaultContext();
		return new AxonServerStoredEvents(() -> connections.getConnection(context).eventChannel(),
				"Axon Server " + server.getServers() + ", context " + context, sealStore, encoding);
	}

	@Bean
	SealStore sealStore(JdbcTemplate jdbc) {
		return new SealStore(jdbc);
	}

	@Bean
	LedgerKey ledgerKey(SealProperties properties) {
		return LedgerKey.loadOrCreate(properties.keyFile());
	}

	@Bean
	LedgerSealer ledgerSealer(SealStore store, LedgerKey key, PlatformTransactionManager transactionManager,
			SealProperties properties) {
		return new LedgerSealer(store, key, Clock.systemUTC(), new TransactionTemplate(transactionManager),
				properties.blockSize(), properties.blockInterval());
	}

	@Bean
	LedgerSealingHandler ledgerSealingHandler(LedgerSealer sealer, CanonicalEventEncoding encoding,
			@Qualifier("eventSerializer") Serializer eventSerializer) {
		return new LedgerSealingHandler(sealer, encoding, eventSerializer);
	}

	/**
	 * One thread in event order; a failure stops sealing and retries rather than skipping
	 * an event, which would leave it out of every seal. Static, like the encoding: Axon's
	 * configurer collects it before this configuration's chaining set-up can run.
	 */
	@Bean
	static ConfigurerModule ledgerSealingProcessor(SealProperties properties) {
		return (configurer) -> configurer.eventProcessing()
			.registerTrackingEventProcessor(LedgerSealingHandler.PROCESSING_GROUP,
					org.axonframework.config.Configuration::eventStore,
					(configuration) -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
						.andBatchSize(properties.batchSize()))
			.registerListenerInvocationErrorHandler(LedgerSealingHandler.PROCESSING_GROUP,
					(configuration) -> PropagatingErrorHandler.instance())
			.registerErrorHandler(LedgerSealingHandler.PROCESSING_GROUP,
					(configuration) -> PropagatingErrorHandler.instance());
	}

	@Bean
	SealProofs sealProofs(SealStore store, LedgerKey key) {
		return new SealProofs(store, key);
	}

	@Bean
	EvidenceBundleExporter evidenceBundleExporter(StoredEvents storedEvents, CanonicalEventEncoding encoding,
			SealProofs proofs, SealStore store, LedgerKey key) {
		return new EvidenceBundleExporter(storedEvents, encoding, proofs, store, key, Clock.systemUTC());
	}

	@Bean
	IdleBlockSealing idleBlockSealing(LedgerSealer sealer) {
		return new IdleBlockSealing(sealer);
	}

	/**
	 * Off only for the benchmark that measures what chaining costs: an unchained event
	 * fails verification.
	 */
	@Autowired
	void chainEveryDomainEvent(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer,
			CanonicalEventEncoding encoding,
			@Value("${dossier-ledger.ledger.chaining.enabled:true}") boolean chaining) {
		if (chaining) {
			eventStore.registerDispatchInterceptor(
					new HashChainInterceptor(encoding, eventSerializer, eventStore, CACHED_CHAIN_TIPS));
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = SCHEDULED, havingValue = "true")
	@EnableScheduling
	static class ScheduledVerification {

		@Bean
		LedgerVerificationJob ledgerVerificationJob(LedgerVerifier verifier) {
			return new LedgerVerificationJob(verifier);
		}

	}

}
