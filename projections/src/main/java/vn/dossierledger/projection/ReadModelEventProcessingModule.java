package vn.dossierledger.projection;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingModule;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Axon's event processing, whose pooled streaming processors (here: the read models, as
 * {@code axon.eventhandling.processors.<group>.mode: pooled} makes them) are
 * {@link NarrowingEventProcessor}s with a {@link CoordinatorExecutor}, which claim a
 * failed segment again within {@code failedSegmentRetryInterval}. Everything else is
 * Axon's: the processors' sizes and dead-letter queues come from Axon's own properties,
 * and the per-processor and default customisations registered with Axon apply in Axon's
 * order.
 */
public class ReadModelEventProcessingModule extends EventProcessingModule {

	/**
	 * Axon's key (private in {@link EventProcessingModule}) for the all-processor
	 * customisation.
	 */
	private static final String DEFAULT_CUSTOMISATION = "___DEFAULT_PSEP_CONFIG";

	/** Axon's worker threads for a pooled processor no property sizes. */
	private static final int AXON_DEFAULT_WORKERS = 4;

	private final Duration fullBufferBackOff;

	private final Duration failedSegmentRetryInterval;

	public ReadModelEventProcessingModule(Duration fullBufferBackOff, Duration failedSegmentRetryInterval) {
		this.fullBufferBackOff = fullBufferBackOff;
		this.failedSegmentRetryInterval = failedSegmentRetryInterval;
	}

	@Override
	protected EventProcessor pooledStreamingEventProcessor(String name, EventHandlerInvoker invoker,
			Configuration config, StreamableMessageSource<TrackedEventMessage<?>> source,
			PooledStreamingProcessorConfiguration customisation) {
		PooledStreamingEventProcessor.Builder builder = NarrowingEventProcessor.narrowingBuilder()
			.retryFailedSegmentsWithin(this.failedSegmentRetryInterval,
					onShutdown(config,
							Executors
								.newSingleThreadScheduledExecutor(new AxonThreadFactory("SegmentRetry[" + name + "]"))))
			.name(name)
			.eventHandlerInvoker(invoker)
			.rollbackConfiguration(rollbackConfiguration(name))
			.errorHandler(errorHandler(name))
			.messageMonitor(messageMonitor(PooledStreamingEventProcessor.class, name))
			.messageSource(source)
			.tokenStore(tokenStore(name))
			.transactionManager(transactionManager(name))
			.coordinatorExecutor((processorName) -> onShutdown(config,
					new CoordinatorExecutor(processorName, this.fullBufferBackOff)))
			.workerExecutor((processorName) -> onShutdown(config,
					Executors.newScheduledThreadPool(AXON_DEFAULT_WORKERS,
							new AxonThreadFactory("WorkPackage[" + processorName + "]"))))
			.spanFactory(config.getComponent(EventProcessorSpanFactory.class));
		return this.psepConfigs.getOrDefault(DEFAULT_CUSTOMISATION, PooledStreamingProcessorConfiguration.noOp())
			.andThen(this.psepConfigs.getOrDefault(name, PooledStreamingProcessorConfiguration.noOp()))
			.andThen(customisation)
			.apply(config, builder)
			.build();
	}

	private static ScheduledExecutorService onShutdown(Configuration config, ScheduledExecutorService executor) {
		config.onShutdown(executor::shutdown);
		return executor;
	}

}
