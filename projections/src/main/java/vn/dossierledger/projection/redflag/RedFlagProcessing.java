package vn.dossierledger.projection.redflag;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dossierledger.projection.ReadModelProcessing;
import vn.dossierledger.projection.ReadModelProcessingProperties;
import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;

/**
 * The red-flags processor (pooled streaming, JPA token store and dead-letter queue), its
 * rules with their configured thresholds. The application enables scheduling for the
 * Elasticsearch mirror ({@link RedFlagMirror}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedFlagProperties.class)
class RedFlagProcessing {

	@Bean
	ConfigurerModule redFlagProcessor(ReadModelProcessingProperties processing) {
		return (configurer) -> ReadModelProcessing.pooledWithDeadLetters(configurer.eventProcessing(),
				RedFlagProjection.PROCESSING_GROUP, processing);
	}

	@Bean
	RedFlagRules redFlagRules(RedFlagProperties properties, ProcedureCatalogue catalogue, StatutoryClock clock) {
		return new RedFlagRules(properties, catalogue, clock);
	}

}
