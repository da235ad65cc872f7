package vn.dossierledger.command.idempotency;

import org.axonframework.commandhandling.CommandBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.HandlerExceptionResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Commands retried with an {@code Idempotency-Key}: the filter in front of the command
 * API, the marker inside the command's transaction, and the purge of old keys.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

	private static final Logger LOGGER = LoggerFactory.getLogger(IdempotencyConfiguration.class);

	private final IdempotentRequests requests;

	IdempotencyConfiguration(IdempotentRequests requests) {
		this.requests = requests;
	}

	/** After Spring Security's filters: a key is held per authenticated caller. */
	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems, JsonMapper json) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(this.requests, problems, json));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		registration.addUrlPatterns("/api/dossiers", "/api/dossiers/*");
		return registration;
	}

	@Autowired
	void registerCommittedRequestMarker(CommandBus commandBus) {
		commandBus.registerHandlerInterceptor(new CommittedRequestMarker(this.requests));
	}

	@Scheduled(fixedDelayString = "${dossier-ledger.idempotency.purge-every:PT1H}", initialDelayString = "PT1M")
	void purgeExpiredKeys() {
		int purged = this.requests.purge();
		if (purged > 0) {
			LOGGER.info("Forgot {} idempotency keys older than their retention", purged);
		}
	}

}
