package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event store contract on the scale-out path: events in an Axon Server, everything
 * else in PostgreSQL. Runs only in the {@code axonserver} Maven profile, which names the
 * server ({@code -Daxonserver.servers=host:grpc-port}); without it the suite fails rather
 * than pass having checked nothing.
 */
class EventStoreContractAxonServerIT extends EventStoreContract {

	static final String SERVERS = "axonserver.servers";

	@Override
	protected Map<String, Object> storeProperties() {
		String servers = System.getProperty(SERVERS, "");
		assertThat(servers).as("the Axon Server to run against, -D%s=host:grpc-port", SERVERS).isNotBlank();
		Map<String, Object> properties = new LinkedHashMap<>(EmbeddedPostgresServer.newDatabaseProperties());
		properties.put("spring.profiles.active", properties.get("spring.profiles.active") + ",axonserver");
		properties.put("axon.axonserver.servers", servers);
		return properties;
	}

}
