package vn.dossierledger.command.ledger;

import javax.sql.DataSource;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The tamper-evident ledger: every domain event is hash-chained as it is published, and
 * the chains can be verified on demand or on a schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
class LedgerConfiguration {

	static final String SCHEDULED = "dossier-ledger.ledger.verification.scheduled";

	/** Static: the chaining set-up below, in this configuration, needs it. */
	@Bean
	static CanonicalEventEncoding canonicalEventEncoding() {
		return new CanonicalEventEncoding();
	}

	@Bean
	LedgerVerifier ledgerVerifier(DataSource dataSource, CanonicalEventEncoding encoding, LedgerProperties properties) {
		return new LedgerVerifier(dataSource, encoding, properties.effectiveWorkers());
	}

	@Autowired
	void chainEveryDomainEvent(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer,
			CanonicalEventEncoding encoding) {
		eventStore.registerDispatchInterceptor(new HashChainInterceptor(encoding, eventSerializer, eventStore));
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
