package vn.dossierledger.app;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's event serializer reads with the application's {@code ObjectMapper}, so every
 * stored event's timestamps take the UTC fast path.
 */
class EventSerializerIT extends SharedLedgerTest {

	@Autowired
	@Qualifier("eventSerializer")
	private Serializer eventSerializer;

	@Test
	void readsEventTimestampsWithTheUtcFastPath() throws Exception {
		ObjectMapper json = ((JacksonSerializer) this.eventSerializer).getObjectMapper();
		DefaultDeserializationContext context = ((DefaultDeserializationContext) json.getDeserializationContext())
			.createInstance(json.getDeserializationConfig(), null, null);

		assertThat(json.getRegisteredModuleIds()).contains("dossier-ledger-utc-instants");
		assertThat(context.findRootValueDeserializer(json.constructType(Instant.class)).getClass().getSimpleName())
			.isEqualTo("UtcInstantDeserializer");
	}

}
