package vn.dossierledger.app;

import java.time.Duration;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Time limits where a stuck handler would go unnoticed: each streaming event processor's
 * batch (a read model or the sealer that stops moving) is warned about, then interrupted
 * and retried. Axon's own timeouts are off ({@code axon.timeout.enabled=false}): they
 * also wrap every command, query and single event handler invocation and capture the
 * thread's whole stack trace each time (profiled: a visible share of a status lookup's
 * and a command's CPU), while commands and queries answer an HTTP caller with its own
 * timeout. A subscribing processor handles its events in the command's own unit of work,
 * so it gets no limit of its own either (its stack capture was 3 % of a command's request
 * thread).
 */
@Configuration(proxyBeanMethods = false)
class ProcessorTimeoutConfiguration {

	/** Between two warnings once the warning threshold has passed. */
	private static final int WARNING_INTERVAL_MS = 1000;

	private static final MessageHandlerInterceptor<EventMessage<?>> WITHIN_THE_CALLERS_LIMIT = (unitOfWork,
			chain) -> chain.proceed();

	@Bean
	static ConfigurerModule eventProcessorBatchTimeouts(Environment environment,
			@Value("${dossier-ledger.processing.batch-timeout:PT5M}") Duration timeout,
			@Value("${dossier-ledger.processing.batch-warning:PT30S}") Duration warning) {
		return (configurer) -> configurer.eventProcessing()
			.registerDefaultHandlerInterceptor((configuration, processor) -> isSubscribing(environment, processor)
					? WITHIN_THE_CALLERS_LIMIT : new UnitOfWorkTimeoutInterceptor(processor, (int) timeout.toMillis(),
							(int) warning.toMillis(), WARNING_INTERVAL_MS));
	}

	/** Axon's own property, which makes a processor subscribing. */
	static boolean isSubscribing(Environment environment, String processor) {
		return "subscribing"
			.equalsIgnoreCase(environment.getProperty("axon.eventhandling.processors." + processor + ".mode", ""));
	}

}
