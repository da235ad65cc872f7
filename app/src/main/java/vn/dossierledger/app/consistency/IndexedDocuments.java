package vn.dossierledger.app.consistency;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dossierledger.app.consistency.ConsistencyReport.Difference;
import vn.dossierledger.app.consistency.ConsistencyReport.TableComparison;

/**
 * One search index compared, live against replayed, document by document (by document id)
 * and field by field. Each document's {@code _source} is compared, its nested fields
 * flattened to dotted paths, each value as JSON text (a string in quotes), so that a
 * number and a string of the same digits differ. Elasticsearch's own metadata is not
 * compared: the physical index names differ by design (versioned, prefixed for the
 * replay) and {@code _version}/{@code _seq_no} count how often a document was written (a
 * redelivered batch writes its documents again), like the bookkeeping columns of the
 * tables.
 * <p>
 * The live documents are held by id while the replayed ones stream past, so a comparison
 * holds one side of the index in memory, as the tables' comparison holds a table.
 */
final class IndexedDocuments {

	/** The field every document of both indices names its dossier by. */
	static final String DOSSIER_ID = "dossierId";

	private static final int PAGE_SIZE = 1000;

	private static final Time SCROLL_KEPT = Time.of((time) -> time.time("2m"));

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String table;

	/** The live documents not yet met among the replayed: id → source as JSON text. */
	private final Map<String, String> unmatchedLive = new HashMap<>();

	private final List<Difference> differences = new ArrayList<>();

	private long liveDocuments;

	private long replayedDocuments;

	/**
	 * @param table how the report names the index: the live read alias
	 */
	IndexedDocuments(String table) {
		this.table = table;
	}

	/**
	 * Reads both aliases through the client, live first, and compares them.
	 */
	static IndexedDocuments compare(ElasticsearchClient client, String liveAlias, String replayedAlias)
			throws IOException {
		IndexedDocuments comparison = new IndexedDocuments(liveAlias);
		scroll(client, liveAlias, comparison::live);
		scroll(client, replayedAlias, comparison::replayed);
		return comparison;
	}

	/** Adds a live document; all live documents come before the replayed ones. */
	void live(String id, JsonNode source) {
		this.liveDocuments++;
		this.unmatchedLive.put(id, source.toString());
	}

	/** Compares a replayed document with the live one of its id. */
	void replayed(String id, JsonNode source) {
		this.replayedDocuments++;
		String live = this.unmatchedLive.remove(id);
		String replayed = source.toString();
		if (live == null) {
			this.differences.add(new Difference(this.table, id, dossierId(source), null, null, replayed));
		}
		else if (!live.equals(replayed)) {
			this.differences.addAll(differences(this.table, id, parse(live), source));
		}
	}

	/**
	 * Every difference, live documents missing from the replay included, by document id.
	 */
	List<Difference> differences() {
		List<Difference> all = new ArrayList<>(this.differences);
		this.unmatchedLive
			.forEach((id, live) -> all.add(new Difference(this.table, id, dossierId(parse(live)), null, live, null)));
		all.sort(Comparator.comparing(Difference::key));
		return all;
	}

	TableComparison counts() {
		return new TableComparison(this.table, this.liveDocuments, this.replayedDocuments,
				this.differences.size() + this.unmatchedLive.size());
	}

	/** The fields of two documents of one id that differ, by dotted path. */
	static List<Difference> differences(String table, String id, JsonNode live, JsonNode replayed) {
		Map<String, String> liveFields = flatten(live);
		Map<String, String> replayedFields = flatten(replayed);
		TreeSet<String> paths = new TreeSet<>(liveFields.keySet());
		paths.addAll(replayedFields.keySet());
		String dossierId = (dossierId(live) != null) ? dossierId(live) : dossierId(replayed);
		List<Difference> differences = new ArrayList<>();
		for (String path : paths) {
			if (!Objects.equals(liveFields.get(path), replayedFields.get(path))) {
				differences
					.add(new Difference(table, id, dossierId, path, liveFields.get(path), replayedFields.get(path)));
			}
		}
		return differences;
	}

	/**
	 * The document's values by dotted path, each as JSON text. An array of plain values
	 * is one value, as Elasticsearch indexes it (a field with several values); an array
	 * holding objects or arrays is flattened by position. A {@code null} is left out:
	 * Elasticsearch indexes it as it does a missing field.
	 */
	static Map<String, String> flatten(JsonNode document) {
		Map<String, String> fields = new TreeMap<>();
		flatten("", document, fields);
		return fields;
	}

	private static void flatten(String path, JsonNode node, Map<String, String> fields) {
		if (node.isNull() || node.isMissingNode()) {
			return;
		}
		if (node.isObject() && !node.isEmpty()) {
			node.properties().forEach((field) -> flatten(path + field.getKey() + ".", field.getValue(), fields));
			return;
		}
		if (node.isArray() && hasContainers(node)) {
			for (int position = 0; position < node.size(); position++) {
				flatten(path + position + ".", node.get(position), fields);
			}
			return;
		}
		fields.put(path.isEmpty() ? "" : path.substring(0, path.length() - 1), node.toString());
	}

	private static boolean hasContainers(JsonNode array) {
		for (JsonNode element : array) {
			if (element.isContainerNode()) {
				return true;
			}
		}
		return false;
	}

	private static String dossierId(JsonNode source) {
		JsonNode dossierId = source.path(DOSSIER_ID);
		return dossierId.isValueNode() && !dossierId.isNull() ? dossierId.asText() : null;
	}

	/**
	 * Every document of the alias, in the order Elasticsearch stores them; none when the
	 * alias does not exist (a read model that has not written yet).
	 */
	private static void scroll(ElasticsearchClient client, String alias, BiConsumer<String, JsonNode> each)
			throws IOException {
		if (!client.indices().exists((exists) -> exists.index(alias)).value()) {
			return;
		}
		SearchResponse<JsonNode> first = client.search((search) -> search.index(alias)
			.size(PAGE_SIZE)
			.scroll(SCROLL_KEPT)
			.sort((sort) -> sort.doc((order) -> order)), JsonNode.class);
		String scrollId = first.scrollId();
		List<Hit<JsonNode>> hits = first.hits().hits();
		try {
			while (!hits.isEmpty()) {
				for (Hit<JsonNode> hit : hits) {
					each.accept(hit.id(), hit.source());
				}
				String next = scrollId;
				ScrollResponse<JsonNode> page = client.scroll((scroll) -> scroll.scrollId(next).scroll(SCROLL_KEPT),
						JsonNode.class);
				scrollId = page.scrollId();
				hits = page.hits().hits();
			}
		}
		finally {
			if (scrollId != null) {
				String done = scrollId;
				client.clearScroll((clear) -> clear.scrollId(done));
			}
		}
	}

	/** Reads back the JSON text a live document was kept as. */
	private static JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A document kept as JSON text does not read back", ex);
		}
	}

}
