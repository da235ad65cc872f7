package vn.dossierledger.projection.statistics;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dossierledger.projection.ReadModelProcessing;
import vn.dossierledger.projection.ReadModelProcessingProperties;

/**
 * The performance statistics run like every read model (see {@link ReadModelProcessing}),
 * with their scorecard loaded once.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsProcessingConfiguration {

	/** Loaded once: a new scorecard is a new data file. */
	@Bean
	Decision766Scorecard decision766Scorecard() {
		return Decision766Scorecard.loadDefault();
	}

	@Bean
	ConfigurerModule performanceStatisticsProcessor(ReadModelProcessingProperties processing) {
		return (configurer) -> ReadModelProcessing.pooledWithDeadLetters(configurer.eventProcessing(),
				PerformanceStatisticsProjection.PROCESSING_GROUP, processing);
	}

}
