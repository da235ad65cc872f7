package vn.dossierledger.app.elasticsearch;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.dossierledger.projection.search.ElasticsearchEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the embedded Elasticsearch may start: only in development. The production profile
 * ({@code postgres}) and a commands-only process never start one; production names its
 * cluster by environment variable.
 */
class EmbeddedElasticsearchProfilesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(EmbeddedElasticsearchConfiguration.class);

	@Test
	void theProductionProfileNeverStartsTheEmbeddedServer() {
		this.runner.withPropertyValues("spring.profiles.active=postgres").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(ElasticsearchLauncher.class)
				.doesNotHaveBean(ElasticsearchEndpoint.class);
			assertThat(context.getEnvironment().getProperty("dossier-ledger.elasticsearch.url")).isEmpty();
		});
	}

	@Test
	void theProductionProfileTakesTheClusterAndPoolSizeFromTheEnvironment() {
		this.runner
			.withPropertyValues("spring.profiles.active=postgres",
					"DOSSIER_LEDGER_ELASTICSEARCH_URL=http://search:9200", "DOSSIER_LEDGER_DB_POOL_SIZE=32")
			.run((context) -> {
				assertThat(context.getEnvironment().getProperty("dossier-ledger.elasticsearch.url"))
					.isEqualTo("http://search:9200");
				assertThat(context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size"))
					.isEqualTo("32");
			});
	}

	@Test
	void aCommandsOnlyProcessNeverStartsTheEmbeddedServer() {
		this.runner.withPropertyValues("spring.profiles.active=commands")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ElasticsearchLauncher.class));
	}

}
