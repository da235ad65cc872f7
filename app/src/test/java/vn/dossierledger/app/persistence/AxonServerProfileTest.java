package vn.dossierledger.app.persistence;

import java.util.Map;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code axonserver} profile as far as it can be tested without an Axon Server (none
 * runs here): application.yml plus application-axonserver.yml bind into Axon's own
 * {@link AxonServerConfiguration} (a bean as Axon's auto-configuration declares it), the
 * environment overrides every setting, and the JPA event storage engine backs off.
 */
class AxonServerProfileTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
		.withBean(AxonServerConfiguration.class)
		.withUserConfiguration(EventStoreConfiguration.class)
		.withPropertyValues("spring.profiles.active=axonserver");

	@Test
	void connectsToALocalAxonServerWithoutTlsOrTokenByDefault() {
		this.runner.run((context) -> {
			AxonServerConfiguration connector = context.getBean(AxonServerConfiguration.class);
			assertThat(connector.isEnabled()).isTrue();
			assertThat(connector.getServers()).isEqualTo("localhost:8124");
			assertThat(connector.getContext()).isEqualTo("default");
			assertThat(connector.getComponentName()).isEqualTo("dossier-ledger");
			assertThat(connector.isSslEnabled()).isFalse();
			assertThat(connector.getCertFile()).isNull();
			assertThat(connector.getToken()).isNull();
		});
	}

	/**
	 * Block-listing would keep the events no handler of a read model wants on the server,
	 * so that model's token would never reach the head: a lag that never goes away.
	 */
	@Test
	void asksTheServerForEveryEventSoThatReadModelsReachTheHead() {
		this.runner
			.run((context) -> assertThat(context.getBean(AxonServerConfiguration.class).isEventBlockListingEnabled())
				.as("event block-listing")
				.isFalse());
	}

	@Test
	void takesServersContextTlsAndTokenFromEnvironmentVariables() {
		Map<String, Object> environment = Map.of("AXON_AXONSERVER_SERVERS", "axon-1:8124,axon-2:8124",
				"AXON_AXONSERVER_CONTEXT", "dossier-ledger", "AXON_AXONSERVER_SSLENABLED", "true",
				"AXON_AXONSERVER_CERTFILE", "/etc/axon/ca.pem", "AXON_AXONSERVER_TOKEN", "s3cr3t");
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource(
						"test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)))
			.run((context) -> {
				AxonServerConfiguration connector = context.getBean(AxonServerConfiguration.class);
				assertThat(connector.getServers()).isEqualTo("axon-1:8124,axon-2:8124");
				assertThat(connector.getContext()).isEqualTo("dossier-ledger");
				assertThat(connector.isSslEnabled()).isTrue();
				assertThat(connector.getCertFile()).isEqualTo("/etc/axon/ca.pem");
				assertThat(connector.getToken()).isEqualTo("s3cr3t");
			});
	}

	@Test
	void leavesTheEventStoreToAxonServer() {
		this.runner.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EventStorageEngine.class));
	}

}
