package vn.dossierledger.app.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * One real Elasticsearch per test JVM, started on first use by the application's own
 * launcher and stopped by its JVM shutdown hook: start-up takes 15–20 s, far too long per
 * test class. Failsafe passes the distribution's location
 * ({@value #DISTRIBUTION_PROPERTY}).
 */
public final class ElasticsearchTestServer {

	static final String DISTRIBUTION_PROPERTY = "dossier-ledger.elasticsearch.embedded.home";

	private static URI url;

	private static ElasticsearchClient client;

	private ElasticsearchTestServer() {
	}

	/** The shared server's URL; fails the test (never skips it) if it cannot start. */
	public static synchronized URI url() {
		if (url == null) {
			url = newLauncher("shared").start()
				.orElseThrow(() -> new IllegalStateException("Elasticsearch did not start; see the log above"));
		}
		return url;
	}

	/** A client for the shared server, closed with the JVM. */
	public static synchronized ElasticsearchClient client() {
		if (client == null) {
			RestClient restClient = RestClient.builder(HttpHost.create(url().toString())).build();
			client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
		}
		return client;
	}

	/**
	 * A launcher of a server of its own, for tests about starting and stopping (the
	 * caller closes it); its instance directory is fresh.
	 */
	static ElasticsearchLauncher newLauncher(String name) {
		String distribution = System.getProperty(DISTRIBUTION_PROPERTY);
		if (distribution == null) {
			throw new IllegalStateException(
					DISTRIBUTION_PROPERTY + " is not set: run the ITs through Maven (failsafe)");
		}
		return newLauncher(name, Path.of(distribution), null);
	}

	static ElasticsearchLauncher newLauncher(String name, Path distribution, Path zip) {
		try {
			// In the temporary directory, which user es reaches wherever the clone is
			// (a root JVM hands the instance directory to es).
			Path instance = Files.createTempDirectory("dossier-ledger-es-" + name + "-");
			return new ElasticsearchLauncher(new ElasticsearchLauncher.Settings(distribution, zip, instance, 0, "512m",
					Duration.ofSeconds(120)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
