package vn.dossierledger.projection;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

/**
 * How every read model is processed: its own pooled streaming processor (token in the JPA
 * token store, so it resumes and can be replayed) sized by {@link ProcessorSettings}, and
 * its own JPA dead-letter queue, so that one failing event parks only its dossier's
 * sequence and never stops the others — also when the event fails only as its batch is
 * written ({@link NarrowingEventProcessor}).
 */
public final class ReadModelProcessing {

	private ReadModelProcessing() {
	}

	/**
	 * Registers the processor (named after the processing group) with the group's
	 * settings, and its dead-letter queue.
	 */
	public static void pooledWithDeadLetters(EventProcessingConfigurer processing, String processingGroup,
			ReadModelProcessingProperties properties) {
		pooled(processing, processingGroup, properties)
			.registerDeadLetterQueue(processingGroup,
					(config) -> JpaSequencedDeadLetterQueue.builder()
						.processingGroup(processingGroup)
						.entityManagerProvider(config.getComponent(EntityManagerProvider.class))
						.transactionManager(config.getComponent(TransactionManager.class))
						.eventSerializer(config.eventSerializer())
						.genericSerializer(config.serializer())
						.build())
			// Without the cache every event asks the queue (one select) whether its
			// dossier is parked; with it, only dossiers that may be.
			.registerDeadLetteringEventHandlerInvokerConfiguration(processingGroup,
					(config, builder) -> builder.enableSequenceIdentifierCache());
	}

	/**
	 * Registers the processor (named after the processing group) with the group's
	 * settings, without a dead-letter queue: a {@link NarrowingEventProcessor}, built as
	 * Axon builds its pooled streaming processors, with the error handler that lets a
	 * failed batch reach it.
	 */
	public static EventProcessingConfigurer pooled(EventProcessingConfigurer processing, String processingGroup,
			ReadModelProcessingProperties properties) {
		ProcessorSettings settings = properties.of(processingGroup);
		return processing.registerEventProcessor(processingGroup, (name, config, invoker) -> {
			ScheduledExecutorService workers = Executors.newScheduledThreadPool(settings.threads(),
					new AxonThreadFactory("WorkPackage[" + processingGroup + "]"));
			CoordinatorExecutor coordinator = new CoordinatorExecutor(processingGroup, settings.fullBufferBackOff());
			config.onShutdown(workers::shutdown);
			config.onShutdown(coordinator::shutdown);
			EventProcessingConfiguration groups = config.eventProcessingConfiguration();
			return NarrowingEventProcessor.narrowingBuilder()
				.name(name)
				.eventHandlerInvoker(invoker)
				.rollbackConfiguration(groups.rollbackConfiguration(name))
				.errorHandler(PropagatingErrorHandler.instance())
				.messageMonitor(groups.messageMonitor(PooledStreamingEventProcessor.class, name))
				.messageSource(config.eventStore())
				.tokenStore(groups.tokenStore(name))
				.transactionManager(groups.transactionManager(name))
				.spanFactory(config.getComponent(EventProcessorSpanFactory.class))
				.workerExecutor(workers)
				.coordinatorExecutor(coordinator)
				.initialSegmentCount(settings.segments())
				.batchSize(settings.batchSize())
				.tokenClaimInterval(settings.tokenClaimInterval().toMillis())
				.build();
		});
	}

}
