package vn.dossierledger.app;

import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's message metrics — counters, timers and each event processor's latency — without
 * Axon's capacity monitor, replacing the Micrometer module's default set.
 * {@code CapacityMonitor} keeps every message's processing time of the last ten minutes
 * in a skip list, per event processor, command bus and query bus: a rebuild holds
 * millions of entries, enough to fill the heap (bench/README.md). A processor's busy
 * share is still there: the rate of its timer's total time divided by its threads.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.metrics.auto-configuration.enabled", matchIfMissing = true)
class MessageMetricsConfiguration {

	static final String PROCESSOR_NAME = "processorName";

	static final String PAYLOAD_TYPE = "payloadType";

	/**
	 * Takes the place of Axon's module: its auto-configuration backs off for this bean.
	 */
	@Bean
	static MetricsConfigurerModule metricsConfigurerModule(MeterRegistry meters) {
		return new BoundedMessageMetrics(meters);
	}

	/**
	 * The monitors per component, with dimensional names: {@code eventProcessor.*} tagged
	 * with the processor's name, {@code commandBus.*} and {@code queryBus.*} tagged with
	 * the message's payload type, {@code eventBus.*} counters.
	 */
	static final class BoundedMessageMetrics extends MetricsConfigurerModule {

		private final MeterRegistry meters;

		BoundedMessageMetrics(MeterRegistry meters) {
			super(new GlobalMetricRegistry(meters));
			this.meters = meters;
		}

		@Override
		public void configureModule(Configurer configurer) {
			configurer.configureMessageMonitor((configuration) -> this::monitor);
		}

		@SuppressWarnings("unchecked") // an event processor hands its monitor event
										// messages only
		MessageMonitor<Message<?>> monitor(Class<?> componentType, String componentName) {
			if (EventProcessor.class.isAssignableFrom(componentType)) {
				return (MessageMonitor<Message<?>>) (MessageMonitor<?>) new EventProcessorMetrics(this.meters,
						componentName);
			}
			if (CommandBus.class.isAssignableFrom(componentType)) {
				return countedAndTimed("commandBus", MessageMetricsConfiguration::payloadType);
			}
			if (QueryBus.class.isAssignableFrom(componentType)) {
				return countedAndTimed("queryBus", MessageMetricsConfiguration::payloadType);
			}
			if (EventBus.class.isAssignableFrom(componentType)) {
				return new BusMetrics(this.meters, "eventBus", false, (message) -> Tags.empty());
			}
			return NoOpMessageMonitor.INSTANCE;
		}

		private MessageMonitor<Message<?>> countedAndTimed(String prefix,
				Function<Message<?>, Iterable<Tag>> tagsBuilder) {
			return new BusMetrics(this.meters, prefix, true, tagsBuilder);
		}

	}

	private static Iterable<Tag> payloadType(Message<?> message) {
		return Tags.of(PAYLOAD_TYPE, message.getPayloadType().getSimpleName());
	}

}
