package vn.dossierledger.app.persistence;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's serializers — general (tokens, snapshots, sagas, dead letters), messages and
 * events — as one Jackson 2 {@link JacksonSerializer} on an {@code ObjectMapper} of its
 * own: the one that Spring Boot 3.5's {@code Jackson2ObjectMapperBuilder} built with our
 * application.yml, which wrote every stored event so far. Stored payloads are
 * hash-chained over their exact bytes, so this mapper must keep writing them byte for
 * byte; it is independent of the web layer's JSON (Jackson 3 since Boot 4), which can
 * change without touching what is stored. Defining the three beans replaces Axon's
 * auto-configured ones, which on Boot 4 would fall back to a bare
 * {@code new ObjectMapper().findAndRegisterModules()} (dates as numbers).
 * <p>
 * Also reads every stored {@code Instant} through the UTC fast path
 * ({@link UtcInstantDeserializer}): every replayed event's timestamps go through it.
 */
@Configuration(proxyBeanMethods = false)
class AxonSerializerConfiguration {

	static final String UTC_INSTANTS_MODULE = "dossier-ledger-utc-instants";

	/**
	 * Boot 3.5's mapper: the modules it registered (Java 8 types, Java time, parameter
	 * names, then the application's own), dates and durations as ISO text, and the
	 * builder's defaults for unknown properties and views.
	 */
	static ObjectMapper storedMessageMapper() {
		return new ObjectMapper()
			.registerModules(new Jdk8Module(), new JavaTimeModule(), new ParameterNamesModule(JsonCreator.Mode.DEFAULT),
					utcInstants())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(MapperFeature.DEFAULT_VIEW_INCLUSION);
	}

	/**
	 * Registered after Java time's module, so that it takes precedence for
	 * {@code Instant}.
	 */
	static Module utcInstants() {
		return new SimpleModule(UTC_INSTANTS_MODULE).addDeserializer(Instant.class, new UtcInstantDeserializer());
	}

	/**
	 * As Axon's auto-configuration builds its Jackson serializer, on the mapper above.
	 */
	static JacksonSerializer storedMessageSerializer(RevisionResolver revisionResolver, ClassLoader classLoader) {
		return JacksonSerializer.builder()
			.revisionResolver(revisionResolver)
			.converter(new ChainingConverter(classLoader))
			.objectMapper(storedMessageMapper())
			.build();
	}

	@Bean
	@Primary
	Serializer serializer(RevisionResolver revisionResolver, ApplicationContext context) {
		return storedMessageSerializer(revisionResolver, context.getClassLoader());
	}

	@Bean
	@Qualifier("messageSerializer")
	Serializer messageSerializer(Serializer serializer) {
		return serializer;
	}

	@Bean
	@Qualifier("eventSerializer")
	Serializer eventSerializer(Serializer serializer) {
		return serializer;
	}

}
