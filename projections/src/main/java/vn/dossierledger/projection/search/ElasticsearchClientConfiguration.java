package vn.dossierledger.projection.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link ElasticsearchClient} for the endpoint, when there is one. An
 * auto-configuration (not component-scanned) so that {@code @ConditionalOnBean} sees the
 * endpoint beans of the application's own configurations. Spring Boot's Elasticsearch
 * client auto-configurations are excluded in application.yml: they would otherwise point
 * a client at localhost:9200 when no endpoint is configured.
 * <p>
 * The embedded distribution is a stripped build without the root endpoint: {@code ping()}
 * and {@code info()} answer 405 there; check with {@code cluster().health()}.
 */
@AutoConfiguration
@ConditionalOnBean(ElasticsearchEndpoint.class)
public class ElasticsearchClientConfiguration {

	@Bean(destroyMethod = "close")
	RestClient elasticsearchRestClient(ElasticsearchEndpoint endpoint) {
		return RestClient.builder(HttpHost.create(endpoint.url().toString())).build();
	}

	@Bean
	JsonpMapper elasticsearchJsonpMapper() {
		// Documents carry Instants and LocalDates: ISO strings, which Elasticsearch's
		// date type parses.
		ObjectMapper objectMapper = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		return new JacksonJsonpMapper(objectMapper);
	}

	@Bean
	ElasticsearchTransport elasticsearchTransport(RestClient elasticsearchRestClient, JsonpMapper mapper) {
		return new RestClientTransport(elasticsearchRestClient, mapper);
	}

	@Bean
	ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
		return new ElasticsearchClient(transport);
	}

}
