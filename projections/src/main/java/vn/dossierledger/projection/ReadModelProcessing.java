package vn.dossierledger.projection;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;

/**
 * How every read model is processed: its own pooled streaming processor (token in the JPA
 * token store, so it resumes and can be replayed) and its own JPA dead-letter queue, so
 * that one failing event parks only its dossier's sequence and never stops the others.
 */
public final class ReadModelProcessing {

	private ReadModelProcessing() {
	}

	/**
	 * Registers the processor (named after the processing group) and its dead-letter
	 * queue.
	 */
	public static void pooledWithDeadLetters(EventProcessingConfigurer processing, String processingGroup) {
		processing.registerPooledStreamingEventProcessor(processingGroup)
			.registerDeadLetterQueue(processingGroup,
					(config) -> JpaSequencedDeadLetterQueue.builder()
						.processingGroup(processingGroup)
						.entityManagerProvider(config.getComponent(EntityManagerProvider.class))
						.transactionManager(config.getComponent(TransactionManager.class))
						.eventSerializer(config.eventSerializer())
						.genericSerializer(config.serializer())
						.build());
	}

}
