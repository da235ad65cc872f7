package vn.dossierledger.app.elasticsearch;

import java.nio.file.Path;

import vn.dossierledger.app.role.ProcessRoles;
import vn.dossierledger.projection.search.ElasticsearchEndpoint;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Elasticsearch while the context starts, so that whatever needs the
 * {@link ElasticsearchEndpoint} finds a running server, and stops it with the context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedElasticsearchProperties.class)
// An external cluster (dossier-ledger.elasticsearch.url) always wins; only the read side
// indexes, so a commands-only process never starts one.
@ConditionalOnExpression("'${dossier-ledger.elasticsearch.url:}'.isBlank() "
		+ "and ${dossier-ledger.elasticsearch.embedded.enabled:false} and ${" + ProcessRoles.PROJECTIONS + ":true}")
class EmbeddedElasticsearchConfiguration {

	@Bean(destroyMethod = "close")
	ElasticsearchLauncher elasticsearchLauncher(EmbeddedElasticsearchProperties properties,
			@Value("${dossier-ledger.data-dir:data}") Path dataDirectory) {
		return new ElasticsearchLauncher(new ElasticsearchLauncher.Settings(properties.home(), properties.zip(),
				dataDirectory.resolve("elasticsearch"), properties.port(), properties.heap(),
				properties.startupTimeout()));
	}

	/**
	 * The endpoint names the server's port even when it failed to start (the warning is
	 * logged): index code retries against it like against a cluster that is down.
	 */
	@Bean
	ElasticsearchEndpoint embeddedElasticsearchEndpoint(ElasticsearchLauncher elasticsearchLauncher) {
		elasticsearchLauncher.start();
		return new ElasticsearchEndpoint(elasticsearchLauncher.url());
	}

}
