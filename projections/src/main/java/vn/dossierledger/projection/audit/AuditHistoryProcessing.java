package vn.dossierledger.projection.audit;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dossierledger.projection.ReadModelProcessing;
import vn.dossierledger.projection.ReadModelProcessingProperties;
import vn.dossierledger.projection.search.ConditionalOnSearchConfigured;

/**
 * The audit history's pooled streaming processor (token in the JPA token store), sized
 * like every read model by {@code dossier-ledger.processing} (its group:
 * {@code groups.audit-history.*}); the batch size is also the number of documents per
 * bulk request to Elasticsearch. A batch's documents are written as its transaction
 * commits: while Elasticsearch is unreachable or overloaded the batch fails as a whole,
 * its transaction rolls back, the token stays where it was and the processor retries with
 * a growing back-off until Elasticsearch answers again — nothing is dead-lettered and the
 * command side never notices. A document Elasticsearch refuses for what it contains
 * ({@link AuditIndex}) is narrowed to its event, which goes to the group's dead-letter
 * queue like any read model's failing event, and the others go on.
 */
@ConditionalOnSearchConfigured
@Configuration(proxyBeanMethods = false)
class AuditHistoryProcessing {

	@Bean
	ConfigurerModule auditHistoryProcessor(ReadModelProcessingProperties properties) {
		return (configurer) -> ReadModelProcessing.pooledWithDeadLetters(configurer.eventProcessing(),
				AuditHistoryProjection.PROCESSING_GROUP, properties);
	}

}
