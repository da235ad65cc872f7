package vn.dossierledger.app;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which messages pass their origin on ({@link CommandOriginProvider}); Axon's default
 * backs off.
 */
@Configuration(proxyBeanMethods = false)
class MessageOriginConfiguration {

	@Bean
	CorrelationDataProvider commandOriginProvider() {
		return new CommandOriginProvider();
	}

}
