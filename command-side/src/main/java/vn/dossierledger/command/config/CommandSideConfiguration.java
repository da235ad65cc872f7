package vn.dossierledger.command.config;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import vn.dossierledger.command.dossier.FieldLimitInterceptor;
import vn.dossierledger.command.dossier.CommandRefusalInterceptor;

/**
 * Wiring of the command side that is not reference data: the command bus. (The business
 * {@link java.time.Clock} is the application's, shared with the read side.)
 */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

	@Autowired
	void registerCommandRefusalInterceptor(CommandBus commandBus) {
		commandBus.registerHandlerInterceptor(new CommandRefusalInterceptor());
	}

	/** Commands over their field limits are refused before the aggregate is loaded. */
	@Autowired
	void registerFieldLimitInterceptor(CommandBus commandBus) {
		commandBus.registerHandlerInterceptor(new FieldLimitInterceptor());
	}

}
