package vn.dossierledger.projection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link ReadModelProcessingProperties} for the read models' processors, and lets
 * their handlers fail with the cause of an event that cannot be stored
 * ({@link QuarantiningHandlerEnhancer}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadModelProcessingProperties.class)
class ReadModelProcessingConfiguration {

	@Bean
	static QuarantiningHandlerEnhancer quarantiningHandlerEnhancer() {
		return new QuarantiningHandlerEnhancer();
	}

}
