package vn.dossierledger.app.consistency;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import vn.dossierledger.projection.search.SearchIndexNames;

/**
 * The scratch replay's search indices: on the live instance's Elasticsearch, each name
 * behind {@value #PREFIX} and the live prefix, so that they never meet the live indices
 * (nor another deployment's scratch). Deleted before the replay starts, in case a check
 * was killed, and after it ends; only the indices these names own, by their whole name.
 */
final class ScratchIndices {

	static final String PREFIX = "consistency-scratch-";

	private final ElasticsearchClient client;

	private final URI url;

	private final SearchIndexNames names;

	ScratchIndices(ElasticsearchClient client, URI url, SearchIndexNames live) {
		this.client = client;
		this.url = url;
		this.names = new SearchIndexNames(PREFIX + live.prefix());
	}

	/**
	 * The scratch instance's Elasticsearch: the live one's URL, whether the live instance
	 * reaches a cluster or started the embedded server (never a second one).
	 */
	Map<String, Object> properties() {
		return Map.of("dossier-ledger.elasticsearch.url", this.url.toString(),
				"dossier-ledger.elasticsearch.embedded.enabled", "false", SearchIndexNames.PREFIX_PROPERTY,
				this.names.prefix());
	}

	/** The scratch indices that exist now. */
	List<String> existing() throws IOException {
		return this.names.owned(this.client.indices()
			.get((get) -> get.index(this.names.wildcard()).ignoreUnavailable(true).allowNoIndices(true))
			.result()
			.keySet());
	}

	/** Deletes them, by name (a cluster may refuse to delete by wildcard). */
	void delete() throws IOException {
		List<String> existing = existing();
		if (!existing.isEmpty()) {
			this.client.indices().delete((delete) -> delete.index(existing));
		}
	}

}
