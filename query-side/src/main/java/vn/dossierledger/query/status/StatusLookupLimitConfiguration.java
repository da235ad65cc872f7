package vn.dossierledger.query.status;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The status lookup's limits and how it tells clients apart. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatusLookupLimits.class)
class StatusLookupLimitConfiguration {

	@Bean
	StatusLookupLimiter statusLookupLimiter(StatusLookupLimits limits) {
		return new StatusLookupLimiter(limits);
	}

	@Bean
	LookupClients lookupClients(StatusLookupLimits limits) {
		return new LookupClients(limits.trustedProxies());
	}

	@Bean
	StatusLookups statusLookups(StatusLookupLimiter limiter, LookupClients clients) {
		return new StatusLookups(limiter, clients);
	}

}
