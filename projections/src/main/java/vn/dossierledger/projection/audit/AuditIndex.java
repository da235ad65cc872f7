package vn.dossierledger.projection.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.dossierledger.projection.RefusedByStoreException;
import vn.dossierledger.projection.search.SearchIndexNames;
import vn.dossierledger.projection.search.SearchIndexReadModel;

/**
 * The audit index in Elasticsearch: versioned physical indices ({@code audit-history-v1},
 * then one per rebuild, {@code audit-history-v<UTC timestamp>}) behind two aliases.
 * Searches read {@code audit-history}; the projection writes {@code audit-history-write}.
 * Normally both point at the same index. A rebuild moves only the write alias to a new,
 * empty index, so searches keep the complete old history while the replay fills the new
 * one; once the replay has caught up, {@link #completeRebuild()} moves the read alias in
 * one atomic step and deletes the old indices. Every name carries the deployment's prefix
 * ({@link SearchIndexNames}).
 * <p>
 * Only core features of the stripped build: standard analyser, keyword, text, date, long.
 */
@Component
public class AuditIndex implements AuditDocumentStore, SearchIndexReadModel {

	private static final DateTimeFormatter INDEX_VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
		.withZone(ZoneOffset.UTC);

	/** Elasticsearch's default: a written document is searchable within a second. */
	private static final Time SEARCHABLE_WITHIN = Time.of((time) -> time.time("1s"));

	/**
	 * While a rebuild fills an index nobody searches yet: no refreshes (each makes a new
	 * segment to merge later) until {@link #completeRebuild()}.
	 */
	private static final Time NOT_REFRESHED = Time.of((time) -> time.time("-1"));

	private static final Logger logger = LoggerFactory.getLogger(AuditIndex.class);

	private final ObjectProvider<ElasticsearchClient> clients;

	private final Clock clock;

	/**
	 * Set once the write alias is known to exist; a lost index is recreated on failure.
	 */
	private final AtomicBoolean writable = new AtomicBoolean();

	private final ApplicationEventPublisher events;

	private final SearchIndexNames names;

	/** The index of a fresh installation; rebuilds are named by their start time. */
	private final String firstIndex;

	AuditIndex(ObjectProvider<ElasticsearchClient> clients, ApplicationEventPublisher events, SearchIndexNames names) {
		this.clients = clients;
		this.events = events;
		this.names = names;
		this.firstIndex = names.auditIndex("1");
		this.clock = Clock.systemUTC();
	}

	@Override
	public String processingGroup() {
		return AuditHistoryProjection.PROCESSING_GROUP;
	}

	@Override
	public String readAlias() {
		return this.names.auditReadAlias();
	}

	/**
	 * The documents are written with the processor's batches; only a rebuild under way
	 * keeps searches on an index the processor no longer writes.
	 */
	@Override
	public Optional<String> catchUp() {
		if (!rebuildPending()) {
			return Optional.empty();
		}
		return Optional.of("a rebuild of the audit index is under way: searches read " + readIndices()
				+ " while the replay writes " + call("read the audit aliases", this::writtenIndices));
	}

	@Override
	public void write(List<AuditDocument> documents) {
		if (documents.isEmpty()) {
			return;
		}
		call("write the audit documents", (client) -> {
			ensureWritable(client);
			String writeAlias = this.names.auditWriteAlias();
			BulkResponse response = client.bulk((bulk) -> {
				// Never let Elasticsearch auto-create an index named like the alias: a
				// lost alias fails the batch, and the retry recreates the index.
				bulk.requireAlias(true);
				for (AuditDocument document : documents) {
					bulk.operations(BulkOperation.of((operation) -> operation
						.index((index) -> index.index(writeAlias).id(document.eventId()).document(document))));
				}
				return bulk;
			});
			if (response.errors()) {
				List<BulkResponseItem> failed = response.items()
					.stream()
					.filter((item) -> item.error() != null)
					.toList();
				BulkResponseItem first = failed.get(0);
				if (failed.stream().allMatch(AuditIndex::refusedForWhatItContains)) {
					throw new RefusedByStoreException(
							"Elasticsearch refused audit document " + first.id() + ": " + reasons(first.error()));
				}
				this.writable.set(false);
				throw new IOException("Bulk write refused for " + first.id() + ": " + first.error().reason());
			}
			return null;
		});
	}

	/**
	 * A document Elasticsearch will refuse however often it is sent (400: a keyword term
	 * over Lucene's 32,766 bytes, a value its field cannot parse), unlike a missing index
	 * or alias (404), an overloaded node (429) or a server error. A field the strict
	 * mapping does not know is a bug of this code, refused for every document alike.
	 */
	private static boolean refusedForWhatItContains(BulkResponseItem item) {
		return item.status() == 400 && !"strict_dynamic_mapping_exception".equals(item.error().type());
	}

	/**
	 * The error and what caused it, innermost first: Elasticsearch's own reason may quote
	 * the refused value at length before saying what was wrong with it.
	 */
	private static String reasons(ErrorCause error) {
		List<String> reasons = new java.util.ArrayList<>();
		for (ErrorCause cause = error; cause != null; cause = cause.causedBy()) {
			reasons.add(0, cause.type() + ": " + cause.reason());
		}
		return String.join(" ← ", reasons);
	}

	@Override
	public void startRebuild() {
		call("start a rebuild of the audit index", (client) -> {
			ensureWritable(client);
			String rebuilt = createIndex(client, this.names.auditIndex(INDEX_VERSION.format(this.clock.instant())),
					false, NOT_REFRESHED);
			String writeAlias = this.names.auditWriteAlias();
			Set<String> writing = writtenIndices(client);
			client.indices().updateAliases((update) -> {
				writing
					.forEach((old) -> update.actions((action) -> action.remove((r) -> r.index(old).alias(writeAlias))));
				return update.actions((action) -> action.add((add) -> add.index(rebuilt).alias(writeAlias)));
			});
			logger.info("Audit rebuild writes into {}; searches stay on {} until it has caught up", rebuilt, writing);
			return null;
		});
		this.events.publishEvent(new AuditRebuildStarted());
	}

	/** Whether a rebuild is under way: the read alias is not yet on the written index. */
	boolean rebuildPending() {
		return call("check the audit aliases", (client) -> {
			if (!client.indices().existsAlias((exists) -> exists.name(this.names.auditWriteAlias())).value()) {
				return false;
			}
			return !readIndices(client).equals(writtenIndices(client));
		});
	}

	/**
	 * Moves the read alias onto the rebuilt index in one step and deletes the old
	 * physical indices: this prefix's own, never another deployment's or the consistency
	 * check's.
	 */
	void completeRebuild() {
		call("complete the audit rebuild", (client) -> {
			Set<String> written = writtenIndices(client);
			Set<String> read = readIndices(client);
			// Searchable before searches are pointed at it.
			client.indices()
				.putSettings((put) -> put.index(List.copyOf(written))
					.settings((settings) -> settings.refreshInterval(SEARCHABLE_WITHIN)));
			client.indices().refresh((refresh) -> refresh.index(List.copyOf(written)));
			String readAlias = this.names.auditReadAlias();
			client.indices().updateAliases((update) -> {
				read.forEach((old) -> update.actions((action) -> action.remove((r) -> r.index(old).alias(readAlias))));
				written.forEach(
						(index) -> update.actions((action) -> action.add((add) -> add.index(index).alias(readAlias))));
				return update;
			});
			List<String> obsolete = this.names
				.owned(client.indices().get((get) -> get.index(this.names.auditIndexWildcard())).result().keySet())
				.stream()
				.filter((index) -> !written.contains(index))
				.toList();
			if (!obsolete.isEmpty()) {
				client.indices().delete((delete) -> delete.index(obsolete));
			}
			logger.info("Audit searches now read {}; deleted {}", written, obsolete);
			return null;
		});
	}

	/** The physical indices behind the read alias. */
	Set<String> readIndices() {
		return call("read the audit aliases", this::readIndices);
	}

	<T> T call(String what, ElasticsearchCall<T> call) {
		ElasticsearchClient client = this.clients.getIfAvailable();
		if (client == null) {
			throw new AuditIndexUnavailableException("Cannot " + what + ": no Elasticsearch endpoint is configured",
					null);
		}
		try {
			return call.apply(client);
		}
		catch (IOException | ElasticsearchException | IllegalStateException ex) {
			this.writable.set(false);
			throw new AuditIndexUnavailableException("Cannot " + what + ": " + ex.getMessage(), ex);
		}
	}

	private void ensureWritable(ElasticsearchClient client) throws IOException {
		if (this.writable.get()) {
			return;
		}
		if (!client.indices().existsAlias((exists) -> exists.name(this.names.auditWriteAlias())).value()) {
			createFirstIndex(client);
		}
		this.writable.set(true);
	}

	/**
	 * The very first index has a fixed name, so that the processor's threads (or nodes)
	 * racing to create it end up with one index: the losers are told it exists.
	 */
	private void createFirstIndex(ElasticsearchClient client) throws IOException {
		try {
			createIndex(client, this.firstIndex, true, SEARCHABLE_WITHIN);
		}
		catch (ElasticsearchException ex) {
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
		}
	}

	/** A new physical index; the first one also gets both aliases. */
	private String createIndex(ElasticsearchClient client, String name, boolean withAliases, Time refreshInterval)
			throws IOException {
		client.indices().create((create) -> {
			create.index(name)
				.settings((settings) -> settings.numberOfShards("1")
					.numberOfReplicas("0")
					.refreshInterval(refreshInterval))
				.mappings(mapping());
			if (withAliases) {
				create.aliases(this.names.auditReadAlias(), (alias) -> alias)
					.aliases(this.names.auditWriteAlias(), (alias) -> alias);
			}
			return create;
		});
		logger.info("Created audit index {}", name);
		return name;
	}

	private Set<String> readIndices(ElasticsearchClient client) throws IOException {
		if (!client.indices().existsAlias((exists) -> exists.name(this.names.auditReadAlias())).value()) {
			return Set.of();
		}
		return client.indices().getAlias((get) -> get.name(this.names.auditReadAlias())).result().keySet();
	}

	private Set<String> writtenIndices(ElasticsearchClient client) throws IOException {
		return client.indices().getAlias((get) -> get.name(this.names.auditWriteAlias())).result().keySet();
	}

	/**
	 * Strict: a field the mapping does not name is a bug, not a new dynamic field. The
	 * keywords taken from command fields hold their limits
	 * ({@code AuditIndexMappingTest}).
	 */
	static TypeMapping mapping() {
		return TypeMapping
			.of((mapping) -> mapping.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.Strict)
				.properties(AuditFields.EVENT_ID, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.EVENT_TYPE, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.DOSSIER_ID, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.DOSSIER_CODE, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.PROCEDURE_CODE, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.AGENCY_ID, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.SEQUENCE, (p) -> p.long_((l) -> l))
				.properties(AuditFields.STATUS, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.NATIONAL_STATUS_CODE, (p) -> p.integer((i) -> i))
				.properties(AuditFields.STATUS_LABEL, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.ACTOR_ID, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.ACTOR_ROLE, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.ACTOR_UNIT_ID, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.ACTOR_NAME, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.STEP_CODE, (p) -> p.keyword((k) -> k))
				.properties(AuditFields.OCCURRED_AT, (p) -> p.date((d) -> d))
				.properties(AuditFields.RECORDED_AT, (p) -> p.date((d) -> d))
				.properties(AuditFields.HELD_WORKING_MINUTES, (p) -> p.long_((l) -> l))
				.properties(AuditFields.TEXT, (p) -> p.text((t) -> t.analyzer("standard")))
				.properties(AuditFields.FOLDED_TEXT, (p) -> p.text((t) -> t.analyzer("standard"))));
	}

	/** One request (or a few) against the client. */
	@FunctionalInterface
	interface ElasticsearchCall<T> {

		T apply(ElasticsearchClient client) throws IOException;

	}

}
