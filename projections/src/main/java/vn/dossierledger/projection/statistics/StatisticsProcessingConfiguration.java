package vn.dossierledger.projection.statistics;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The performance statistics run in their own pooled streaming processor (token in the
 * JPA token store), with a JPA dead-letter queue: a dossier whose event fails is parked
 * with its later events, the other dossiers carry on.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsProcessingConfiguration {

	/** Loaded once: a new scorecard is a new data file. */
	@Bean
	Decision766Scorecard decision766Scorecard() {
		return Decision766Scorecard.loadDefault();
	}

	@Autowired
	void configure(EventProcessingConfigurer processing, EntityManagerProvider entityManagerProvider,
			TransactionManager transactionManager) {
		String group = PerformanceStatisticsProjection.PROCESSING_GROUP;
		processing.registerPooledStreamingEventProcessor(group)
			.registerDeadLetterQueue(group,
					(configuration) -> JpaSequencedDeadLetterQueue.builder()
						.processingGroup(group)
						.entityManagerProvider(entityManagerProvider)
						.transactionManager(transactionManager)
						.eventSerializer(configuration.eventSerializer())
						.genericSerializer(configuration.serializer())
						.build());
	}

}
