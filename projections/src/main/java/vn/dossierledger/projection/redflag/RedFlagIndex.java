package vn.dossierledger.projection.redflag;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.query.redflag.RedFlagSearchView;
import vn.dossierledger.events.query.redflag.RedFlagView;
import vn.dossierledger.projection.search.SearchIndexNames;

/**
 * The flags' Elasticsearch mirror, index {@code red-flags-v2} behind the alias
 * {@code red-flags}, both with the deployment's prefix ({@link SearchIndexNames}).
 * Optional: without an endpoint there is no client and every call is a no-op (or
 * "unavailable"); a failing server never touches the JPA model — the caller keeps the
 * rows "not yet indexed" and pushes them again later.
 */
@Component
class RedFlagIndex {

	private static final Logger logger = LoggerFactory.getLogger(RedFlagIndex.class);

	private final ObjectProvider<ElasticsearchClient> clients;

	private final SearchIndexNames names;

	/** Set once the index is known to exist; cleared by a reset. */
	private final AtomicBoolean ready = new AtomicBoolean();

	/** A reset that could not drop the index yet: the next push does it first. */
	private final AtomicBoolean dropPending = new AtomicBoolean();

	RedFlagIndex(ObjectProvider<ElasticsearchClient> clients, SearchIndexNames names) {
		this.clients = clients;
		this.names = names;
	}

	/** The alias searches read and pushes write. */
	String alias() {
		return this.names.redFlagAlias();
	}

	boolean enabled() {
		return this.clients.getIfAvailable() != null;
	}

	/**
	 * Indexes the flags (one bulk request).
	 * @return whether every flag was indexed
	 */
	boolean push(List<RedFlagView> flags) throws IOException {
		ElasticsearchClient client = this.clients.getIfAvailable();
		if (client == null || flags.isEmpty()) {
			return false;
		}
		if (this.dropPending.get()) {
			dropIndex(client);
		}
		ensureIndex(client);
		BulkResponse response = client.bulk((bulk) -> {
			for (RedFlagView flag : flags) {
				bulk.operations((operation) -> operation
					.index((index) -> index.index(alias()).id(flag.flagId()).document(RedFlagDocument.of(flag))));
			}
			return bulk;
		});
		if (response.errors()) {
			response.items()
				.stream()
				.filter((item) -> item.error() != null)
				.findFirst()
				.ifPresent((item) -> logger.warn("Red flag {} not indexed: {}", item.id(), item.error().reason()));
			return false;
		}
		return true;
	}

	/** Forgets the mirror (reset): drops the index now, or before the next push. */
	void drop() {
		this.ready.set(false);
		ElasticsearchClient client = this.clients.getIfAvailable();
		if (client == null) {
			return;
		}
		try {
			dropIndex(client);
		}
		catch (IOException | ElasticsearchException ex) {
			this.dropPending.set(true);
			logger.warn("Red-flag index not dropped yet ({}); dropping before the next push", ex.toString());
		}
	}

	RedFlagSearchView search(String text, int page, int size) {
		ElasticsearchClient client = this.clients.getIfAvailable();
		if (client == null) {
			return RedFlagSearchView.unavailable("No Elasticsearch is configured");
		}
		String folded = RedFlagDocument.fold(text);
		try {
			if (!client.indices().existsAlias((exists) -> exists.name(alias())).value()) {
				return new RedFlagSearchView(true, null, 0, List.of(), Map.of());
			}
			Query byText = Query.of((query) -> query.bool((bool) -> bool
				.should((should) -> should.simpleQueryString(
						(simple) -> simple.query(folded).fields("textFolded").defaultOperator(Operator.And)))
				.should((should) -> should.multiMatch((match) -> match.query(text)
					.fields("flagId", "ruleId", "dossierId", "dossierCode", "officerIds", "unitId", "agencyId",
							"procedureCode", "subjectRefs")))
				.minimumShouldMatch("1")));
			SearchResponse<RedFlagDocument> response = client.search((search) -> search.index(alias())
				.query(byText)
				.from(page * size)
				.size(size)
				.trackTotalHits((track) -> track.enabled(true))
				.aggregations("rules", (aggregation) -> aggregation.terms((terms) -> terms.field("ruleId").size(50))),
					RedFlagDocument.class);
			Map<String, Long> perRule = new LinkedHashMap<>();
			for (StringTermsBucket bucket : response.aggregations().get("rules").sterms().buckets().array()) {
				perRule.put(bucket.key().stringValue(), bucket.docCount());
			}
			List<RedFlagView> items = response.hits()
				.hits()
				.stream()
				.map(Hit::source)
				.filter(java.util.Objects::nonNull)
				.map(RedFlagDocument::toView)
				.toList();
			long total = (response.hits().total() != null) ? response.hits().total().value() : items.size();
			return new RedFlagSearchView(true, null, total, items, perRule);
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Red-flag search failed: {}", ex.toString());
			return RedFlagSearchView.unavailable("The search index cannot be reached: " + ex.getMessage());
		}
	}

	/**
	 * Makes searches see what was pushed (tests; the index refreshes each second anyway).
	 */
	void refresh() throws IOException {
		ElasticsearchClient client = this.clients.getIfAvailable();
		if (client != null && this.ready.get()) {
			client.indices().refresh((refresh) -> refresh.index(alias()));
		}
	}

	private void ensureIndex(ElasticsearchClient client) throws IOException {
		if (this.ready.get()) {
			return;
		}
		if (!client.indices().exists((exists) -> exists.index(this.names.redFlagIndex())).value()) {
			dropEarlierIndices(client);
			client.indices()
				.create((create) -> create.index(this.names.redFlagIndex())
					.aliases(alias(), (alias) -> alias)
					.settings((settings) -> settings.numberOfShards("1").numberOfReplicas("0"))
					.mappings(mapping()));
		}
		this.ready.set(true);
	}

	/**
	 * The keywords taken from command fields hold their limits
	 * ({@code RedFlagIndexMappingTest}).
	 */
	static TypeMapping mapping() {
		return TypeMapping.of((mappings) -> mappings.properties("flagId", (p) -> p.keyword((k) -> k))
			.properties("ruleId", (p) -> p.keyword((k) -> k))
			.properties("ruleVersion", (p) -> p.integer((i) -> i))
			.properties("ruleName", (p) -> p.text((t) -> t))
			.properties("dossierId", (p) -> p.keyword((k) -> k))
			.properties("dossierCode", (p) -> p.keyword((k) -> k))
			.properties("procedureCode", (p) -> p.keyword((k) -> k))
			.properties("officerIds", (p) -> p.keyword((k) -> k))
			.properties("subjectRefs", (p) -> p.keyword((k) -> k))
			.properties("unitId", (p) -> p.keyword((k) -> k))
			.properties("agencyId", (p) -> p.keyword((k) -> k))
			.properties("evidenceEventIds", (p) -> p.keyword((k) -> k))
			.properties("score", (p) -> p.double_((d) -> d))
			.properties("description", (p) -> p.text((t) -> t))
			.properties("textFolded", (p) -> p.text((t) -> t))
			.properties("raisedAt", (p) -> p.date((d) -> d))
			.properties("open", (p) -> p.boolean_((b) -> b))
			.properties("closedAt", (p) -> p.date((d) -> d))
			.properties("closedReason", (p) -> p.text((t) -> t)));
	}

	private void dropEarlierIndices(ElasticsearchClient client) throws IOException {
		for (String earlier : this.names.earlierRedFlagIndices()) {
			if (client.indices().exists((exists) -> exists.index(earlier)).value()) {
				client.indices().delete((delete) -> delete.index(earlier));
			}
		}
	}

	private void dropIndex(ElasticsearchClient client) throws IOException {
		String index = this.names.redFlagIndex();
		if (client.indices().exists((exists) -> exists.index(index)).value()) {
			client.indices().delete((delete) -> delete.index(index));
		}
		this.dropPending.set(false);
	}

}
