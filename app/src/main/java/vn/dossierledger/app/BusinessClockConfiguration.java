package vn.dossierledger.app;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Business time for both roles: the aggregate stamps events with it, the read side judges
 * overdue dossiers with it. Tests and the demo simulator replace it.
 */
@Configuration(proxyBeanMethods = false)
class BusinessClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
