package vn.dossierledger.app.persistence;

import java.time.Instant;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fast timestamp path for the application's {@code ObjectMapper}, which Axon's event
 * serializer uses too: every replayed event's {@code Instant}s are read with it.
 * Registered as a module after Boot's well-known ones (Java time among them), so it takes
 * precedence for {@code Instant}.
 */
@Configuration(proxyBeanMethods = false)
class TimestampParsingConfiguration {

	static final String MODULE_NAME = "dossier-ledger-utc-instants";

	@Bean
	Module utcInstants() {
		return new SimpleModule(MODULE_NAME).addDeserializer(Instant.class, new UtcInstantDeserializer());
	}

}
