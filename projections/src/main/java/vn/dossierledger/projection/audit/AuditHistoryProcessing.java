package vn.dossierledger.projection.audit;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dossierledger.projection.search.ConditionalOnSearchConfigured;

/**
 * The audit history's pooled streaming processor (token in the JPA token store). Unlike
 * the other read models it has NO dead-letter queue: an event is never bad for the audit
 * index, but Elasticsearch may be unreachable, and then every event would be parked. So
 * any failure propagates (listener and processor level): the batch's transaction rolls
 * back, the token stays where it was, and the processor releases the segment and retries
 * with a growing back-off until Elasticsearch answers again. Nothing is lost and the
 * command side never notices.
 */
@ConditionalOnSearchConfigured
@Configuration(proxyBeanMethods = false)
class AuditHistoryProcessing {

	static final int BATCH_SIZE = 100;

	@Bean
	ConfigurerModule auditHistoryProcessor() {
		return (configurer) -> configurer.eventProcessing()
			.registerPooledStreamingEventProcessor(AuditHistoryProjection.PROCESSING_GROUP)
			// Up to this many events per transaction and per bulk request to
			// Elasticsearch (Axon's default is one).
			.registerPooledStreamingEventProcessorConfiguration(AuditHistoryProjection.PROCESSING_GROUP,
					(configuration, builder) -> builder.batchSize(BATCH_SIZE))
			.registerListenerInvocationErrorHandler(AuditHistoryProjection.PROCESSING_GROUP,
					(configuration) -> PropagatingErrorHandler.instance())
			.registerErrorHandler(AuditHistoryProjection.PROCESSING_GROUP,
					(configuration) -> PropagatingErrorHandler.instance());
	}

}
