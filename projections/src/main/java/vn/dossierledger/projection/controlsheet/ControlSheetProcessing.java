package vn.dossierledger.projection.controlsheet;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dossierledger.projection.ReadModelProcessing;
import vn.dossierledger.projection.ReadModelProcessingProperties;

/** The control-sheet processor, configured here rather than in application.yml. */
@Configuration(proxyBeanMethods = false)
class ControlSheetProcessing {

	@Bean
	ConfigurerModule controlSheetProcessor(ReadModelProcessingProperties processing) {
		return (configurer) -> ReadModelProcessing.pooledWithDeadLetters(configurer.eventProcessing(),
				ControlSheetProjection.PROCESSING_GROUP, processing);
	}

}
