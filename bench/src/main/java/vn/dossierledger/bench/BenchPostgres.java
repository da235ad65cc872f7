package vn.dossierledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL both the app and the raw limits write to: a real PostgreSQL 17 (zonky
 * binaries) started by the bench, or the one {@code -Dbench.jdbc.url} names.
 */
final class BenchPostgres implements AutoCloseable {

	private static final String DATABASE = "dossier_ledger_bench";

	private final EmbeddedPostgres embedded;

	private final String jdbcUrl;

	private final String user;

	private final String password;

	private BenchPostgres(EmbeddedPostgres embedded, String jdbcUrl, String user, String password) {
		this.embedded = embedded;
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
	}

	static BenchPostgres start(BenchSettings settings) {
		if (!settings.jdbcUrl().isBlank()) {
			return new BenchPostgres(null, settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
		}
		try {
			// zonky turns synchronous_commit off and starts the server with -F (fsync
			// off); a benchmark of commits wants PostgreSQL's defaults, durable commits.
			// (A -c after -F wins.)
			EmbeddedPostgres embedded = EmbeddedPostgres.builder()
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("fsync", settings.postgresFsync() ? "on" : "off")
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.start();
			try (Connection connection = embedded.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + DATABASE);
			}
			return new BenchPostgres(embedded, embedded.getJdbcUrl("postgres", DATABASE), "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the bench database", ex);
		}
	}

	String jdbcUrl() {
		return this.jdbcUrl;
	}

	String user() {
		return this.user;
	}

	String password() {
		return this.password;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.jdbcUrl, this.user, this.password);
	}

	/** One statement in its own connection, e.g. DDL of a raw-limit table. */
	void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed: " + sql, ex);
		}
	}

	long queryLong(String sql) {
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed: " + sql, ex);
		}
	}

	/** As the server reports its settings, not as they were asked for. */
	String describe() {
		String settings;
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select current_setting('fsync'), "
						+ "current_setting('synchronous_commit'), current_setting('shared_buffers')")) {
			result.next();
			settings = String.format("fsync=%s, synchronous_commit=%s, shared_buffers=%s", result.getString(1),
					result.getString(2), result.getString(3));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the server's settings", ex);
		}
		return ((this.embedded != null) ? "embedded PostgreSQL (zonky)" : this.jdbcUrl) + ", " + settings;
	}

	@Override
	public void close() throws IOException {
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

}
