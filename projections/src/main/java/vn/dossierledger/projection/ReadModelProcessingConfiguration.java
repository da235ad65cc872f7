package vn.dossierledger.projection;

import org.axonframework.config.EventProcessingModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models' event processing: Axon's, with {@link NarrowingEventProcessor}s for
 * its pooled processors ({@link ReadModelEventProcessingModule}), and handlers that fail
 * with the cause of an event that cannot be stored ({@link QuarantiningHandlerEnhancer}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadModelProcessingProperties.class)
class ReadModelProcessingConfiguration {

	@Bean
	EventProcessingModule eventProcessingModule(ReadModelProcessingProperties properties) {
		return new ReadModelEventProcessingModule(properties.fullBufferBackOff());
	}

	@Bean
	static QuarantiningHandlerEnhancer quarantiningHandlerEnhancer() {
		return new QuarantiningHandlerEnhancer();
	}

}
