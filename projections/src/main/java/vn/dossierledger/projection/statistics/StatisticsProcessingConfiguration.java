package vn.dossierledger.projection.statistics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The performance statistics' scorecard, loaded once.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsProcessingConfiguration {

	/** Loaded once: a new scorecard is a new data file. */
	@Bean
	Decision766Scorecard decision766Scorecard() {
		return Decision766Scorecard.loadDefault();
	}

}
