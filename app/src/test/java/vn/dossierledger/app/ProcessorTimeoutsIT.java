package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Time limits per processor batch, none per message: every event processor carries the
 * batch time limit, and Axon's per-handler limit (a stack trace per invocation) is not
 * configured.
 */
class ProcessorTimeoutsIT extends SharedLedgerTest {

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private ApplicationContext context;

	@Test
	void everyEventProcessorHasABatchTimeLimit() {
		assertThat(this.processing.eventProcessors()).isNotEmpty();
		for (EventProcessor processor : this.processing.eventProcessors().values()) {
			assertThat(processor.getHandlerInterceptors()).as(processor.getName())
				.hasAtLeastOneElementOfType(UnitOfWorkTimeoutInterceptor.class);
		}
	}

	@Test
	void handlersAreNotWrappedOneByOne() {
		assertThat(this.context.getBeansOfType(HandlerEnhancerDefinition.class).values())
			.noneMatch(HandlerTimeoutHandlerEnhancerDefinition.class::isInstance);
	}

}
