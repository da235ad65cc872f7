package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Time limits per processor batch, none per message: every streaming processor carries
 * the batch time limit, a subscribing one (in the command's unit of work) none, and
 * Axon's per-handler limit (a stack trace per invocation) is not configured.
 */
class ProcessorTimeoutsIT extends SharedLedgerTest {

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private ApplicationContext context;

	@Test
	void everyStreamingProcessorHasABatchTimeLimitAndASubscribingOneNone() {
		assertThat(this.processing.eventProcessors().values()).filteredOn(SubscribingEventProcessor.class::isInstance)
			.extracting(EventProcessor::getName)
			.containsExactly("unique-claims");
		for (EventProcessor processor : this.processing.eventProcessors().values()) {
			boolean limited = processor.getHandlerInterceptors()
				.stream()
				.anyMatch(UnitOfWorkTimeoutInterceptor.class::isInstance);
			assertThat(limited).as(processor.getName()).isEqualTo(processor instanceof StreamingEventProcessor);
		}
	}

	@Test
	void handlersAreNotWrappedOneByOne() {
		assertThat(this.context.getBeansOfType(HandlerEnhancerDefinition.class).values())
			.noneMatch(HandlerTimeoutHandlerEnhancerDefinition.class::isInstance);
	}

}
