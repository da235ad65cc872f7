package vn.dossierledger.projection.search;

import java.net.URI;
import java.util.Objects;

/**
 * Where the search and audit indices live: an external cluster
 * ({@code dossier-ledger.elasticsearch.url}) or the embedded server the application
 * started. Its presence as a bean is what switches the {@code ElasticsearchClient} on.
 * The server behind it may be down at any time; index code must treat Elasticsearch as
 * optional and catch up later, never block the ledger.
 *
 * @param url base URL, e.g. {@code http://127.0.0.1:9200}
 */
public record ElasticsearchEndpoint(URI url) {

	public ElasticsearchEndpoint {
		Objects.requireNonNull(url, "url");
	}

}
