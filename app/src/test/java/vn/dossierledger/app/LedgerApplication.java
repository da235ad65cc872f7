package vn.dossierledger.app;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * The whole application started the way {@code main} starts it, on a random port, so that
 * a test can close it and start a fresh one on the same database: the only honest proof
 * that state lives in the event store and not in memory.
 */
final class LedgerApplication implements AutoCloseable {

	/**
	 * What every started application shares: the demo CA on, the demo simulator and the
	 * embedded Elasticsearch off.
	 */
	static final Map<String, Object> TEST_DEFAULTS = Map.of("server.port", 0, "dossier-ledger.demo.enabled", false,
			"dossier-ledger.signature.demo-ca.enabled", true, "dossier-ledger.elasticsearch.embedded.enabled", false,
			"dossier-ledger.ledger.verification.scheduled", false, "spring.main.banner-mode", "off",
			// Small blocks sealed quickly, so that tests see many seals within seconds.
			"dossier-ledger.ledger.seal.block-size", 4, "dossier-ledger.ledger.seal.block-interval", "PT0.5S",
			"dossier-ledger.ledger.seal.idle-check", "PT0.2S");

	private final ConfigurableApplicationContext context;

	private LedgerApplication(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static LedgerApplication start(Map<String, Object> properties) {
		return start(properties, null);
	}

	/**
	 * @param properties passed as command-line arguments, so they win over
	 * application.yml
	 * @param businessClock replaces the application's business clock, or {@code null}
	 */
	static LedgerApplication start(Map<String, Object> properties, Clock businessClock) {
		return start(properties, businessClock, false);
	}

	/**
	 * Started with the deadline scheduler paused before its first poll: the deadlines
	 * stored in the database wait (a long polling interval does not keep them waiting,
	 * the scheduler polls once as it starts).
	 */
	static LedgerApplication startWithDeadlinesPaused(Map<String, Object> properties, Clock businessClock) {
		return start(properties, businessClock, true);
	}

	private static LedgerApplication start(Map<String, Object> properties, Clock businessClock,
			boolean deadlinesPaused) {
		Map<String, Object> all = new LinkedHashMap<>(TEST_DEFAULTS);
		if (String.valueOf(properties.get("spring.profiles.active")).contains("postgres")) {
			// The production profile refuses the development issuer and trusts only
			// configured ones.
			all.putAll(TestIssuer.shared().properties());
		}
		all.putAll(properties);
		String[] arguments = all.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		SpringApplicationBuilder builder = new SpringApplicationBuilder(DossierLedgerApplication.class);
		if (businessClock != null) {
			builder.initializers((context) -> ((GenericApplicationContext) context).registerBean("businessClock",
					Clock.class, () -> businessClock));
		}
		if (deadlinesPaused) {
			builder.initializers((context) -> ((GenericApplicationContext) context).registerBean(
					"deadlinesPausedFromTheStart", SmartInitializingSingleton.class,
					() -> () -> context.getBeanProvider(Scheduler.class).ifAvailable(Scheduler::pause)));
		}
		return new LedgerApplication(builder.run(arguments));
	}

	/** A client with the tokens of the issuer this application trusts. */
	LedgerApi api() {
		return LedgerApi.onPort(port(), tokens());
	}

	/** The port it listens on. */
	int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** Tokens of the issuer this application trusts. */
	Tokens tokens() {
		if (this.context.getEnvironment()
			.getProperty("dossier-ledger.security.development-issuer.enabled", Boolean.class, false)) {
			return new DevelopmentIssuerTokens(port());
		}
		OfficerRegistry organisation = this.context.getBean(OfficerRegistry.class);
		return TestIssuer.shared().tokens((id) -> TestIssuer.roleOf(id, organisation));
	}

	/** The application's bean of that type, if it has one. */
	<T> Optional<T> bean(Class<T> type) {
		return Optional.ofNullable(this.context.getBeanProvider(type).getIfAvailable());
	}

	/** The application's bean of that name. */
	<T> T bean(String name, Class<T> type) {
		return this.context.getBean(name, type);
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	EventStoreRows eventStore() {
		return new EventStoreRows(this.context.getBean(DataSource.class));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
