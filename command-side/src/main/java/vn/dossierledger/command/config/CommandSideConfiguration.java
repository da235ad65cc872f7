package vn.dossierledger.command.config;

import java.time.Clock;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dossierledger.command.dossier.RuleViolationInterceptor;

/**
 * Wiring of the command side that is not reference data: the clock and the command bus.
 */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

	/** Business time comes from this clock; tests and the demo simulator replace it. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Autowired
	void registerRuleViolationInterceptor(CommandBus commandBus) {
		commandBus.registerHandlerInterceptor(new RuleViolationInterceptor());
	}

}
