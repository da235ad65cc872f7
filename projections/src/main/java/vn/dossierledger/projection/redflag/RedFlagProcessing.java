package vn.dossierledger.projection.redflag;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dossierledger.reference.calendar.StatutoryClock;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;

/**
 * The red-flag rules with their configured thresholds. The application enables scheduling
 * for the Elasticsearch mirror ({@link RedFlagMirror}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedFlagProperties.class)
class RedFlagProcessing {

	@Bean
	RedFlagRules redFlagRules(RedFlagProperties properties, ProcedureCatalogue catalogue, StatutoryClock clock) {
		return new RedFlagRules(properties, catalogue, clock);
	}

}
