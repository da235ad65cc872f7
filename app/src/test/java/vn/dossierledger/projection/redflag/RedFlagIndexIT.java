package vn.dossierledger.projection.redflag;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import vn.dossierledger.app.elasticsearch.ElasticsearchTestServer;
import vn.dossierledger.events.query.redflag.RedFlagSearchView;
import vn.dossierledger.events.query.redflag.RedFlagView;
import vn.dossierledger.projection.search.SearchIndexNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The red-flag mirror against the shared real Elasticsearch: indexing, search with and
 * without diacritics, facets per rule, reset; a prefixed mirror beside the unprefixed
 * one; and a server that is not there.
 */
class RedFlagIndexIT {

	private static final SearchIndexNames UNPREFIXED = new SearchIndexNames("");

	private final RedFlagIndex index = new RedFlagIndex(provider(ElasticsearchTestServer.url()), UNPREFIXED);

	@AfterEach
	void dropIndex() {
		this.index.drop();
	}

	@Test
	void findsFlagsByVietnameseTextWithOrWithoutDiacriticsAndCountsThemPerRule() throws IOException {
		assertThat(this.index
			.push(List.of(flag("F1-aaaa", "F1", "H26.99-260302-0001", "Yêu cầu bổ sung 2 lần ở giai đoạn thẩm định"),
					flag("F2-bbbb", "F2", "H26.99-260302-0002", "Từ chối tiếp nhận: lý do \"Thiếu giấy\""),
					flag("F1-cccc", "F1", "H26.99-260302-0003", "Yêu cầu bổ sung 3 lần tại bộ phận một cửa"))))
			.isTrue();
		this.index.refresh();

		RedFlagSearchView folded = this.index.search("bo sung", 0, 10);
		assertThat(folded.available()).isTrue();
		assertThat(folded.total()).isEqualTo(2);
		assertThat(folded.items()).extracting(RedFlagView::flagId).containsExactlyInAnyOrder("F1-aaaa", "F1-cccc");
		assertThat(folded.countsPerRule()).containsEntry("F1", 2L).doesNotContainKey("F2");
		assertThat(folded.items().get(0).raisedAt()).isEqualTo(Instant.parse("2026-03-02T03:00:00Z"));

		assertThat(this.index.search("thiếu giấy", 0, 10).items()).extracting(RedFlagView::flagId)
			.containsExactly("F2-bbbb");
		assertThat(this.index.search("H26.99-260302-0003", 0, 10).items()).extracting(RedFlagView::flagId)
			.containsExactly("F1-cccc");

		this.index.drop();
		RedFlagSearchView afterReset = this.index.search("bo sung", 0, 10);
		assertThat(afterReset.available()).isTrue();
		assertThat(afterReset.total()).isZero();
	}

	/** The v1 mirror held flags a wall-clock sweep raised: it goes when v2 is created. */
	@Test
	void dropsTheIndexOfAnEarlierVersionWhenItCreatesItsOwn() throws IOException {
		ElasticsearchClient client = provider(ElasticsearchTestServer.url()).getObject();
		client.indices().create((create) -> create.index("red-flags-v1").aliases("red-flags", (alias) -> alias));
		client.index((index) -> index.index("red-flags-v1")
			.id("F4-swept")
			.document(RedFlagDocument.of(flag("F4-swept", "F4", "H26.99-260302-0009", "Quá hạn, chưa xin lỗi"))));

		assertThat(this.index.push(List.of(flag("F4-recorded", "F4", "H26.99-260302-0009", "Quá hạn, chưa xin lỗi"))))
			.isTrue();
		this.index.refresh();

		assertThat(client.indices().exists((exists) -> exists.index("red-flags-v1")).value()).isFalse();
		assertThat(this.index.search("qua han", 0, 10).items()).extracting(RedFlagView::flagId)
			.containsExactly("F4-recorded");
	}

	@Test
	void aPrefixedMirrorKeepsToItsOwnIndexBesideTheUnprefixedOne() throws IOException {
		ElasticsearchClient client = provider(ElasticsearchTestServer.url()).getObject();
		RedFlagIndex prefixed = new RedFlagIndex(provider(ElasticsearchTestServer.url()),
				new SearchIndexNames("consistency-scratch-"));
		try {
			assertThat(this.index.push(List.of(flag("F1-live", "F1", "H26.99-260302-0011", "Yêu cầu bổ sung 2 lần"))))
				.isTrue();
			assertThat(prefixed.push(List.of(flag("F1-scratch", "F1", "H26.99-260302-0012", "Yêu cầu bổ sung 3 lần"))))
				.isTrue();
			this.index.refresh();
			prefixed.refresh();

			assertThat(this.index.search("bo sung", 0, 10).items()).extracting(RedFlagView::flagId)
				.containsExactly("F1-live");
			assertThat(prefixed.search("bo sung", 0, 10).items()).extracting(RedFlagView::flagId)
				.containsExactly("F1-scratch");
			assertThat(client.indices().getAlias((get) -> get.name("consistency-scratch-red-flags")).result().keySet())
				.containsExactly("consistency-scratch-red-flags-v2");

			prefixed.drop();
			assertThat(client.indices().exists((exists) -> exists.index("consistency-scratch-red-flags-v2")).value())
				.isFalse();
			assertThat(this.index.search("bo sung", 0, 10).items()).extracting(RedFlagView::flagId)
				.containsExactly("F1-live");
		}
		finally {
			prefixed.drop();
		}
	}

	@Test
	void aServerThatIsNotThereMakesSearchUnavailableAndPushesFail() {
		RedFlagIndex unreachable = new RedFlagIndex(provider(URI.create("http://127.0.0.1:9")), UNPREFIXED);

		assertThat(unreachable.search("bo sung", 0, 10).available()).isFalse();
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> unreachable.push(List.of(flag("F1-dddd", "F1", "X", "Yêu cầu bổ sung"))));
	}

	private static RedFlagView flag(String flagId, String ruleId, String dossierCode, String description) {
		return new RedFlagView(flagId, ruleId, 1, ruleId + " rule", "dossier-" + flagId, dossierCode, "1.001193",
				List.of("hn-phk-cv-01"), List.of("subj-001"), "hn-phk-vhxh", "hn-phk", List.of("evt-1"), 0.5,
				description, Instant.parse("2026-03-02T03:00:00Z"), true, null, null);
	}

	private static org.springframework.beans.factory.ObjectProvider<ElasticsearchClient> provider(URI url) {
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		RestClient restClient = RestClient.builder(HttpHost.create(url.toString())).build();
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("elasticsearchClient",
				new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(json))));
		return beans.getBeanProvider(ElasticsearchClient.class);
	}

}
