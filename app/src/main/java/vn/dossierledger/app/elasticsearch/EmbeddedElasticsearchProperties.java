package vn.dossierledger.app.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Elasticsearch the application starts itself when no external cluster is configured
 * ({@code dossier-ledger.elasticsearch.url} empty).
 *
 * @param enabled whether to start it
 * @param home the unpacked distribution (Maven unpacks it into {@code .elasticsearch/})
 * @param zip the distribution's zip, unpacked into {@code home} when that is missing
 * (defaults to the one in the local Maven repository)
 * @param port the HTTP port on 127.0.0.1, 0 for a free one
 * @param heap the server's JVM heap
 * @param startupTimeout how long to wait for a yellow or green cluster before giving up
 */
@ConfigurationProperties("dossier-ledger.elasticsearch.embedded")
record EmbeddedElasticsearchProperties(@DefaultValue("false") boolean enabled, Path home, Path zip,
		@DefaultValue("0") int port, @DefaultValue("512m") String heap, @DefaultValue("90s") Duration startupTimeout) {

}
