package vn.dossierledger.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dossierledger.app.elasticsearch.ElasticsearchTestServer;
import vn.dossierledger.projection.search.ElasticsearchEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application's Elasticsearch wiring: a client exactly when there is an
 * endpoint, and Spring Boot's own client (localhost:9200) never.
 */
class ElasticsearchWiringIT {

	@TempDir
	Path dataDirectory;

	@Test
	void connectsTheClientToTheExternalClusterNamedByTheUrl() throws IOException {
		try (LedgerApplication application = LedgerApplication.start(Map.of("dossier-ledger.data-dir",
				this.dataDirectory, "dossier-ledger.elasticsearch.url", ElasticsearchTestServer.url()))) {
			assertThat(application.bean(ElasticsearchEndpoint.class)).map(ElasticsearchEndpoint::url)
				.contains(ElasticsearchTestServer.url());
			// Not ping() or info(): this stripped build has no root endpoint (405).
			assertThat(application.bean(ElasticsearchClient.class).orElseThrow().cluster().health().numberOfNodes())
				.isOne();
		}
	}

	@Test
	void hasNoClientWhenElasticsearchIsOff() {
		// LedgerApplication's defaults switch the embedded server off.
		try (LedgerApplication application = LedgerApplication
			.start(Map.of("dossier-ledger.data-dir", this.dataDirectory))) {
			assertThat(application.bean(ElasticsearchEndpoint.class)).isEmpty();
			assertThat(application.bean(ElasticsearchClient.class)).isEmpty();
		}
	}

}
