package vn.dossierledger.app.consistency;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.beans.factory.ObjectProvider;

import vn.dossierledger.projection.search.ElasticsearchEndpoint;
import vn.dossierledger.projection.search.SearchIndexNames;
import vn.dossierledger.projection.search.SearchIndexReadModel;

/**
 * The live instance's search indices as the consistency check compares them: the
 * Elasticsearch they live in, the read models kept there, the scratch indices the replay
 * writes beside them, and the comparison of both, index by index.
 */
final class SearchIndicesCheck {

	static final String NOT_CONFIGURED = "the search indices (audit history, red-flag search): no Elasticsearch is "
			+ "configured, so there is no search index to compare";

	static final String METADATA_NOT_COMPARED = "Elasticsearch's document metadata (_index, _version, _seq_no, "
			+ "_primary_term): the physical index names differ by design (versioned, and prefixed for the replay) and "
			+ "the version counts how often a document was written (a redelivered batch writes it again); each "
			+ "document's _source is compared field by field";

	private static final Duration BETWEEN_LOOKS = Duration.ofMillis(200);

	private final ElasticsearchClient client;

	private final URI url;

	private final SearchIndexNames names;

	private final List<SearchIndexReadModel> live;

	private SearchIndicesCheck(ElasticsearchClient client, URI url, SearchIndexNames names,
			List<SearchIndexReadModel> live) {
		this.client = client;
		this.url = url;
		this.names = names;
		this.live = live;
	}

	/**
	 * The live instance's search indices; empty when it has no Elasticsearch (nor, in a
	 * commands-only process, any read model).
	 */
	static Optional<SearchIndicesCheck> of(ObjectProvider<ElasticsearchEndpoint> endpoint,
			ObjectProvider<ElasticsearchClient> client, ObjectProvider<SearchIndexNames> names,
			ObjectProvider<SearchIndexReadModel> readModels) {
		ElasticsearchEndpoint configured = endpoint.getIfAvailable();
		if (configured == null) {
			return Optional.empty();
		}
		return Optional.of(new SearchIndicesCheck(client.getObject(), configured.url(), names.getObject(),
				readModels.orderedStream().sorted(Comparator.comparing(SearchIndexReadModel::readAlias)).toList()));
	}

	/** Why the check cannot use Elasticsearch now; empty when it answers. */
	Optional<String> unreachable() {
		try {
			this.client.cluster().health();
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of("Elasticsearch at " + this.url.getHost() + ":" + this.url.getPort()
					+ " cannot be reached, so the search indices cannot be replayed: " + ex.getMessage());
		}
	}

	/** Where the scratch replay writes its search indices. */
	ScratchIndices scratchIndices() {
		return new ScratchIndices(this.client, this.url, this.names);
	}

	/**
	 * Has every index, live and replayed, brought up to what its processor has handled
	 * (the processors themselves have passed the compared event), and waits while
	 * something keeps one behind.
	 * @return what still kept an index behind when the time was up; empty once none is
	 */
	List<String> awaitCaughtUp(List<SearchIndexReadModel> replayed, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			List<String> behind = new ArrayList<>();
			this.live.forEach((readModel) -> readModel.catchUp()
				.ifPresent((why) -> behind.add("live " + readModel.readAlias() + ": " + why)));
			replayed.forEach((readModel) -> readModel.catchUp()
				.ifPresent((why) -> behind.add("replayed " + readModel.readAlias() + ": " + why)));
			if (behind.isEmpty() || System.nanoTime() > deadline) {
				return behind;
			}
			Thread.sleep(BETWEEN_LOOKS.toMillis());
		}
	}

	/**
	 * Compares each live index with the one the replay built, after a refresh of both: a
	 * document written is not searchable before one.
	 */
	List<IndexedDocuments> compare(List<SearchIndexReadModel> replayed) throws IOException {
		Map<String, SearchIndexReadModel> replayedByGroup = replayed.stream()
			.collect(Collectors.toMap(SearchIndexReadModel::processingGroup, Function.identity()));
		List<IndexedDocuments> compared = new ArrayList<>();
		for (SearchIndexReadModel liveReadModel : this.live) {
			SearchIndexReadModel replayedReadModel = replayedByGroup.get(liveReadModel.processingGroup());
			if (replayedReadModel == null) {
				throw new IllegalStateException(
						"The replay has no search index for " + liveReadModel.processingGroup());
			}
			refresh(liveReadModel.readAlias());
			refresh(replayedReadModel.readAlias());
			compared
				.add(IndexedDocuments.compare(this.client, liveReadModel.readAlias(), replayedReadModel.readAlias()));
		}
		return compared;
	}

	private void refresh(String alias) throws IOException {
		this.client.indices().refresh((refresh) -> refresh.index(alias).ignoreUnavailable(true).allowNoIndices(true));
	}

}
