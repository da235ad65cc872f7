package vn.dossierledger.app;

import java.time.Duration;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time limits where a stuck handler would go unnoticed: each event processor's batch (a
 * read model or the sealer that stops moving) is warned about, then interrupted and
 * retried. Axon's own timeouts are off ({@code axon.timeout.enabled=false}): they also
 * wrap every command, query and single event handler invocation and capture the thread's
 * whole stack trace each time (profiled: a visible share of a status lookup's and a
 * command's CPU), while commands and queries answer an HTTP caller with its own timeout.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorTimeoutConfiguration {

	/** Between two warnings once the warning threshold has passed. */
	private static final int WARNING_INTERVAL_MS = 1000;

	@Bean
	static ConfigurerModule eventProcessorBatchTimeouts(
			@Value("${dossier-ledger.processing.batch-timeout:PT5M}") Duration timeout,
			@Value("${dossier-ledger.processing.batch-warning:PT30S}") Duration warning) {
		return (configurer) -> configurer.eventProcessing()
			.registerDefaultHandlerInterceptor((configuration, processor) -> new UnitOfWorkTimeoutInterceptor(processor,
					(int) timeout.toMillis(), (int) warning.toMillis(), WARNING_INTERVAL_MS));
	}

}
