package vn.dossierledger.projection.search;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchClientConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(ExternalElasticsearchConfiguration.class)
		.withConfiguration(AutoConfigurations.of(ElasticsearchClientConfiguration.class));

	@Test
	void createsNoClientWhenNoEndpointIsConfigured() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(ElasticsearchClient.class));
	}

	@Test
	void treatsAnEmptyUrlAsNoExternalCluster() {
		this.contextRunner.withPropertyValues("dossier-ledger.elasticsearch.url=")
			.run((context) -> assertThat(context).doesNotHaveBean(ElasticsearchEndpoint.class)
				.doesNotHaveBean(ElasticsearchClient.class));
	}

	@Test
	void pointsTheClientAtTheExternalClusterWhenItsUrlIsSet() {
		this.contextRunner.withPropertyValues("dossier-ledger.elasticsearch.url=http://search.example:9201")
			.run((context) -> {
				assertThat(context.getBean(ElasticsearchEndpoint.class).url())
					.hasToString("http://search.example:9201");
				assertThat(context).hasSingleBean(ElasticsearchClient.class);
			});
	}

	@Test
	void usesAnEndpointBeanFromElsewhere() {
		this.contextRunner
			.withBean(ElasticsearchEndpoint.class, () -> new ElasticsearchEndpoint(URI.create("http://127.0.0.1:9299")))
			.run((context) -> assertThat(context).hasSingleBean(ElasticsearchClient.class));
	}

	@Test
	void writesTimesAsIsoStrings() {
		this.contextRunner.withPropertyValues("dossier-ledger.elasticsearch.url=http://127.0.0.1:9299")
			.run((context) -> {
				JsonpMapper mapper = context.getBean(JsonpMapper.class);
				StringWriter json = new StringWriter();
				try (JsonGenerator generator = mapper.jsonProvider().createGenerator(json)) {
					mapper.serialize(Instant.parse("2025-07-01T02:03:04Z"), generator);
				}
				assertThat(json).hasToString("\"2025-07-01T02:03:04Z\"");
			});
	}

}
