package vn.dossierledger.projection.status;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dossierledger.projection.ReadModelProcessing;
import vn.dossierledger.projection.ReadModelProcessingProperties;

/** The dossier-status processor, configured here rather than in application.yml. */
@Configuration(proxyBeanMethods = false)
class DossierStatusProcessing {

	@Bean
	ConfigurerModule dossierStatusProcessor(ReadModelProcessingProperties processing) {
		return (configurer) -> ReadModelProcessing.pooledWithDeadLetters(configurer.eventProcessing(),
				DossierStatusProjection.PROCESSING_GROUP, processing);
	}

}
