package vn.dossierledger.command.uniqueness;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A claim that cannot be written refuses the command that made it. Axon's default for an
 * event handler that fails is to log and go on, which here stored the command's events
 * without their claim (or, on the JPA store, failed the commit with a 500).
 */
@Configuration(proxyBeanMethods = false)
class UniqueClaimsConfiguration {

	@Bean
	ConfigurerModule failedClaimsRefuseTheirCommand() {
		return (configurer) -> configurer.eventProcessing()
			.registerListenerInvocationErrorHandler(JpaUniqueClaims.PROCESSING_GROUP,
					(configuration) -> PropagatingErrorHandler.instance());
	}

}
