package vn.dossierledger.app.elasticsearch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real Elasticsearch distribution, started by the application's launcher: the
 * features the audit index relies on work on this stripped build.
 */
class ElasticsearchLauncherIT {

	private final ElasticsearchClient client = ElasticsearchTestServer.client();

	@Test
	void startsASingleNodeClusterThatIsYellowOrGreen() throws IOException {
		HealthStatus status = this.client.cluster().health().status();

		assertThat(status).isIn(HealthStatus.Green, HealthStatus.Yellow);
		assertThat(this.client.cluster().health().numberOfNodes()).isOne();
	}

	@Test
	void findsAnIndexedDossierByMatchOnTextAndByTermOnKeyword() throws IOException {
		String index = createDossierIndex();
		this.client.index((request) -> request.index(index)
			.id("1")
			.document(Map.of("dossierCode", "000.00.01.H01-250701-0001", "summary", "Đăng ký khai sinh cho con"))
			.refresh(Refresh.True));

		assertThat(idsFound(index, Query.of((q) -> q.match((m) -> m.field("summary").query("khai sinh")))))
			.containsExactly("1");
		assertThat(idsFound(index,
				Query.of((q) -> q.term((t) -> t.field("dossierCode").value("000.00.01.H01-250701-0001")))))
			.containsExactly("1");
		// A keyword is not analysed: part of the code finds nothing.
		assertThat(idsFound(index, Query.of((q) -> q.term((t) -> t.field("dossierCode").value("H01"))))).isEmpty();
	}

	@Test
	void switchesAnAliasFromTheOldIndexToTheRebuiltOneInOneStep() throws IOException {
		// The rebuild technique without _reindex: fill a new index, then move the alias.
		String alias = "dossiers-" + UUID.randomUUID();
		String old = createDossierIndex();
		String rebuilt = createDossierIndex();
		this.client.index((request) -> request.index(rebuilt)
			.id("2")
			.document(Map.of("dossierCode", "REBUILT", "summary", "chứng thực bản sao"))
			.refresh(Refresh.True));
		this.client.indices().putAlias((request) -> request.index(old).name(alias));

		this.client.indices()
			.updateAliases((request) -> request.actions((a) -> a.remove((r) -> r.index(old).alias(alias)))
				.actions((a) -> a.add((add) -> add.index(rebuilt).alias(alias))));

		assertThat(this.client.indices().getAlias((request) -> request.name(alias)).result()).containsOnlyKeys(rebuilt);
		assertThat(idsFound(alias, Query.of((q) -> q.matchAll((m) -> m)))).containsExactly("2");
	}

	@Test
	void unpacksTheZipStartsAServerOfItsOwnAndStopsItOnClose() throws Exception {
		Path zip = Path.of(System.getProperty("dossier-ledger.elasticsearch.embedded.zip"));
		// Nothing there yet: the launcher unpacks the zip on start.
		Path distribution = Path.of("target", "unpacked-" + UUID.randomUUID(), "elasticsearch");
		ElasticsearchLauncher launcher = ElasticsearchTestServer.newLauncher("own", distribution, zip);
		URI url;
		try {
			url = launcher.start().orElseThrow();
			assertThat(clusterHealth(url).statusCode()).isEqualTo(200);
		}
		finally {
			launcher.close();
		}

		assertThatThrownBy(() -> clusterHealth(url)).isInstanceOf(ConnectException.class);
	}

	private String createDossierIndex() throws IOException {
		String index = "dossiers-" + UUID.randomUUID();
		this.client.indices()
			.create((request) -> request.index(index)
				.settings((settings) -> settings.numberOfShards("1").numberOfReplicas("0"))
				.mappings((mappings) -> mappings.properties("dossierCode", (p) -> p.keyword((k) -> k))
					.properties("summary", (p) -> p.text((t) -> t))));
		return index;
	}

	@SuppressWarnings("rawtypes")
	private List<String> idsFound(String index, Query query) throws IOException {
		return this.client.search((request) -> request.index(index).query(query), Map.class)
			.hits()
			.hits()
			.stream()
			.map(Hit::id)
			.toList();
	}

	private static HttpResponse<String> clusterHealth(URI url) throws IOException, InterruptedException {
		return HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(2))
			.build()
			.send(HttpRequest.newBuilder(url.resolve("/_cluster/health")).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
