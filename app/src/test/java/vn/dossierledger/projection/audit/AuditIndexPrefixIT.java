package vn.dossierledger.projection.audit;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import vn.dossierledger.app.elasticsearch.ElasticsearchTestServer;
import vn.dossierledger.projection.search.SearchIndexNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live audit index (no prefix) and a prefixed one, as the consistency check's scratch
 * replay writes it, on the shared real Elasticsearch: each keeps to its own names, and a
 * rebuild deletes only its own old indices, never the other's.
 */
class AuditIndexPrefixIT {

	private static final SearchIndexNames LIVE = new SearchIndexNames("");

	private static final SearchIndexNames SCRATCH = new SearchIndexNames("consistency-scratch-");

	private final ObjectProvider<ElasticsearchClient> clients = provider(ElasticsearchTestServer.url());

	private final ElasticsearchClient client = this.clients.getObject();

	private final AuditIndex live = new AuditIndex(this.clients, (event) -> {
	}, LIVE);

	private final AuditIndex scratch = new AuditIndex(this.clients, (event) -> {
	}, SCRATCH);

	@BeforeEach
	@AfterEach
	void deleteBothSets() throws IOException {
		for (SearchIndexNames names : List.of(LIVE, SCRATCH)) {
			List<String> owned = names.owned(indices(names.wildcard()));
			if (!owned.isEmpty()) {
				this.client.indices().delete((delete) -> delete.index(owned));
			}
		}
	}

	@Test
	void eachRebuildDeletesOnlyItsOwnOldIndices() throws IOException {
		this.live.write(List.of(document("event-live")));
		this.scratch.write(List.of(document("event-scratch")));
		assertThat(this.live.readIndices()).containsExactly("audit-history-v1");
		assertThat(this.scratch.readIndices()).containsExactly("consistency-scratch-audit-history-v1");

		this.live.startRebuild();
		assertThat(this.live.catchUp()).hasValueSatisfying(
				(behind) -> assertThat(behind).contains("rebuild of the audit index is under way", "audit-history-v1"));
		this.live.write(List.of(document("event-live")));
		this.live.completeRebuild();

		Set<String> liveRebuilt = this.live.readIndices();
		assertThat(liveRebuilt).singleElement()
			.asString()
			.startsWith("audit-history-v")
			.isNotEqualTo("audit-history-v1");
		assertThat(this.live.catchUp()).isEmpty();
		assertThat(indices("*audit-history-v*")).containsExactlyInAnyOrder(liveRebuilt.iterator().next(),
				"consistency-scratch-audit-history-v1");
		assertThat(documents("consistency-scratch-audit-history")).isOne();

		this.scratch.startRebuild();
		this.scratch.write(List.of(document("event-scratch")));
		this.scratch.completeRebuild();

		Set<String> scratchRebuilt = this.scratch.readIndices();
		assertThat(scratchRebuilt).singleElement()
			.asString()
			.startsWith("consistency-scratch-audit-history-v")
			.isNotEqualTo("consistency-scratch-audit-history-v1");
		assertThat(indices("*audit-history-v*")).containsExactlyInAnyOrder(liveRebuilt.iterator().next(),
				scratchRebuilt.iterator().next());
		assertThat(documents("audit-history")).isOne();
	}

	private Set<String> indices(String wildcard) throws IOException {
		return this.client.indices()
			.get((get) -> get.index(wildcard).ignoreUnavailable(true).allowNoIndices(true))
			.result()
			.keySet();
	}

	private long documents(String alias) throws IOException {
		this.client.indices().refresh((refresh) -> refresh.index(alias));
		return this.client.count((count) -> count.index(alias)).count();
	}

	private static AuditDocument document(String eventId) {
		return new AuditDocument(eventId, "DossierReceived", "dossier-1", "H26.99-260302-0001", "1.001193", "hn-phk", 2,
				"RECEIVED", 2, "Đã tiếp nhận", "hn-phk-cv-01", "RECEIVING_OFFICER", "hn-phk-bpmc", "Vũ Tiến Tuấn",
				"TIEP_NHAN", Instant.parse("2026-03-02T03:00:00Z"), Instant.parse("2026-03-02T03:00:01Z"), 0L, null,
				null);
	}

	private static ObjectProvider<ElasticsearchClient> provider(URI url) {
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		RestClient restClient = RestClient.builder(HttpHost.create(url.toString())).build();
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("elasticsearchClient",
				new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(json))));
		return beans.getBeanProvider(ElasticsearchClient.class);
	}

}
