package vn.dossierledger.app.consistency;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

import vn.dossierledger.app.DossierLedgerApplication;
import vn.dossierledger.projection.admin.ReadModelAdmin;
import vn.dossierledger.projection.admin.ReadModelPosition;
import vn.dossierledger.projection.search.SearchIndexReadModel;

/**
 * A second instance of the application, in this JVM, that plays the read-model role only
 * and builds every read model afresh in a scratch schema of the same database: the event
 * store it reads is the live one, seen through a view; everything it writes stays in the
 * scratch schema, which it drops when closed, and in prefixed search indices on the live
 * Elasticsearch ({@link ScratchIndices}), which it deletes. The same code builds the live
 * and the scratch read models; only where they are written differs.
 */
final class ScratchReplay implements AutoCloseable {

	static final String SCHEMA = "consistency_scratch";

	private final DataSource live;

	private final String liveSchema;

	private final ConfigurableApplicationContext scratch;

	private final ScratchIndices indices;

	private ScratchReplay(DataSource live, String liveSchema, ConfigurableApplicationContext scratch,
			ScratchIndices indices) {
		this.live = live;
		this.liveSchema = liveSchema;
		this.scratch = scratch;
		this.indices = indices;
	}

	/**
	 * Starts the scratch instance: a fresh scratch schema, migrated as the live one, its
	 * event table replaced by a view of the live one, fresh scratch search indices, and
	 * read-model processors that start from the first event.
	 * @param indices the scratch search indices, or {@code null} when the live instance
	 * has no Elasticsearch
	 */
	static ScratchReplay start(ConfigurableEnvironment liveEnvironment, DataSource live, String liveSchema,
			String liveUrl, ScratchIndices indices) throws SQLException, IOException {
		execute(live, "drop schema if exists " + SCHEMA + " cascade");
		execute(live, "create schema " + SCHEMA);
		if (indices != null) {
			indices.delete();
		}
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(
					new MapPropertySource("consistencyScratch", scratchProperties(liveEnvironment, liveUrl, indices)));
		for (PropertySource<?> source : liveEnvironment.getPropertySources()) {
			// Boot attaches its own view of the sources to every environment, and the
			// server's port is each instance's own.
			if (!environment.getPropertySources().contains(source.getName())
					&& !List.of("configurationProperties", "server.ports").contains(source.getName())) {
				environment.getPropertySources().addLast(snapshot(source));
			}
		}
		FlywayMigrationStrategy migrateThenSeeTheLiveEvents = (flyway) -> {
			flyway.migrate();
			try {
				execute(flyway.getConfiguration().getDataSource(),
						"drop table " + SCHEMA + ".domain_event_entry cascade");
				execute(flyway.getConfiguration().getDataSource(), "create view " + SCHEMA
						+ ".domain_event_entry as select * from " + liveSchema + ".domain_event_entry");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot show the live events to the scratch replay", ex);
			}
		};
		// The second instance must not configure logging again: it shares this JVM's.
		String loggingSystem = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		// The loader of the application's own classes: repository proxies of
		// package-private
		// interfaces must be defined there.
		ClassLoader applicationClasses = DossierLedgerApplication.class.getClassLoader();
		Thread current = Thread.currentThread();
		ClassLoader previous = current.getContextClassLoader();
		current.setContextClassLoader(applicationClasses);
		try {
			ConfigurableApplicationContext scratch = new SpringApplicationBuilder(DossierLedgerApplication.class)
				.resourceLoader(new DefaultResourceLoader(applicationClasses))
				.environment(environment)
				.initializers((context) -> context.getBeanFactory()
					.registerSingleton("scratchMigration", migrateThenSeeTheLiveEvents))
				.logStartupInfo(false)
				.registerShutdownHook(false)
				.run();
			return new ScratchReplay(live, liveSchema, scratch, indices);
		}
		finally {
			current.setContextClassLoader(previous);
			if (loggingSystem != null) {
				System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
			}
			else {
				System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
			}
		}
	}

	/**
	 * A copy of the source's values as they are now: what the scratch instance writes
	 * into its environment must not reach the live one's.
	 */
	private static PropertySource<?> snapshot(PropertySource<?> source) {
		if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
			return source;
		}
		Map<String, Object> values = new HashMap<>();
		for (String name : enumerable.getPropertyNames()) {
			values.put(name, enumerable.getProperty(name));
		}
		return new MapPropertySource(source.getName(), values);
	}

	/**
	 * The read-model role only, on the scratch schema, with nothing that reaches outside
	 * it but its own search indices: no deadlines, no demonstration data, a web server on
	 * loopback only (the security configuration needs one).
	 */
	private static Map<String, Object> scratchProperties(ConfigurableEnvironment liveEnvironment, String liveUrl,
			ScratchIndices indices) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.profiles.active", String.join(",", liveEnvironment.getActiveProfiles()));
		properties.put("spring.application.name", "dossier-ledger-consistency-check");
		properties.put("spring.datasource.url", scratchUrl(liveUrl));
		properties.put("spring.datasource.hikari.maximum-pool-size", "6");
		properties.put("spring.flyway.enabled", "true");
		properties.put("spring.jpa.hibernate.ddl-auto", "none");
		properties.put("spring.main.banner-mode", "off");
		properties.put("server.port", "0");
		properties.put("server.address", "127.0.0.1");
		properties.put("dossier-ledger.role.commands", "false");
		properties.put("dossier-ledger.role.projections", "true");
		properties.put("dossier-ledger.demo.enabled", "false");
		properties.put("dossier-ledger.elasticsearch.url", "");
		properties.put("dossier-ledger.elasticsearch.embedded.enabled", "false");
		if (indices != null) {
			properties.putAll(indices.properties());
		}
		properties.put("db-scheduler.enabled", "false");
		properties.put(ConsistencyCheckCommandLine.RUN_PROPERTY, "false");
		return properties;
	}

	/** The live database with the scratch schema as the connection's own. */
	static String scratchUrl(String liveUrl) {
		if (liveUrl.startsWith("jdbc:h2:")) {
			return liveUrl + ";SCHEMA=" + SCHEMA.toUpperCase(java.util.Locale.ROOT);
		}
		if (liveUrl.startsWith("jdbc:postgresql:")) {
			return liveUrl + (liveUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
		}
		throw new IllegalStateException("A consistency check replays into a scratch schema of H2 or PostgreSQL, not "
				+ liveUrl.replaceAll("password=[^&;]*", "password=…"));
	}

	/**
	 * Waits until every scratch read model has passed the event at {@code head} (all of
	 * them, for an empty store).
	 * @return the read models that did not get there in time, or are in error
	 */
	List<ReadModelPosition> awaitReplayUpTo(Long head, Duration timeout) throws InterruptedException {
		return ConsistencyChecker.awaitPositions(this.scratch.getBean(ReadModelAdmin.class), head, timeout);
	}

	String liveSchema() {
		return this.liveSchema;
	}

	/** The scratch instance's read models that live in search indices. */
	List<SearchIndexReadModel> searchReadModels() {
		return this.scratch.getBeanProvider(SearchIndexReadModel.class).orderedStream().toList();
	}

	@Override
	public void close() throws SQLException, IOException {
		try {
			this.scratch.close();
		}
		finally {
			try {
				execute(this.live, "drop schema if exists " + SCHEMA + " cascade");
			}
			finally {
				if (this.indices != null) {
					this.indices.delete();
				}
			}
		}
	}

	private static void execute(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
