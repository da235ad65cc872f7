package vn.dossierledger.projection.audit;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dossierledger.projection.ReadModelProcessing;
import vn.dossierledger.projection.ReadModelProcessingProperties;
import vn.dossierledger.projection.search.ConditionalOnSearchConfigured;

/**
 * The audit history's pooled streaming processor (token in the JPA token store), sized
 * like every read model by {@code dossier-ledger.processing} (its group:
 * {@code groups.audit-history.*}); the batch size is also the number of documents per
 * bulk request to Elasticsearch. Unlike the other read models it has NO dead-letter
 * queue: an event is never bad for the audit index, but Elasticsearch may be unreachable,
 * and then every event would be parked. So any failure propagates (listener and processor
 * level): the batch's transaction rolls back, the token stays where it was, and the
 * processor releases the segment and retries with a growing back-off until Elasticsearch
 * answers again. Nothing is lost and the command side never notices.
 */
@ConditionalOnSearchConfigured
@Configuration(proxyBeanMethods = false)
class AuditHistoryProcessing {

	@Bean
	ConfigurerModule auditHistoryProcessor(ReadModelProcessingProperties properties) {
		return (configurer) -> ReadModelProcessing
			.pooled(configurer.eventProcessing(), AuditHistoryProjection.PROCESSING_GROUP, properties)
			.registerListenerInvocationErrorHandler(AuditHistoryProjection.PROCESSING_GROUP,
					(configuration) -> PropagatingErrorHandler.instance())
			.registerErrorHandler(AuditHistoryProjection.PROCESSING_GROUP,
					(configuration) -> PropagatingErrorHandler.instance());
	}

}
