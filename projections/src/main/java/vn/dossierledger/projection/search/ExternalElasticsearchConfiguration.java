package vn.dossierledger.projection.search;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An external cluster, named by {@value #URL}, wins over any embedded server. */
@Configuration(proxyBeanMethods = false)
class ExternalElasticsearchConfiguration {

	static final String URL = "dossier-ledger.elasticsearch.url";

	@Bean
	// Not @ConditionalOnProperty: that one treats an empty value as set.
	@ConditionalOnExpression("!'${" + URL + ":}'.isBlank()")
	ElasticsearchEndpoint externalElasticsearchEndpoint(@Value("${" + URL + "}") URI url) {
		return new ElasticsearchEndpoint(url);
	}

}
