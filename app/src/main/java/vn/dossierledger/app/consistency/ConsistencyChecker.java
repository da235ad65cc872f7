package vn.dossierledger.app.consistency;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

import vn.dossierledger.app.consistency.ConsistencyReport.Difference;
import vn.dossierledger.app.consistency.ConsistencyReport.TableComparison;
import vn.dossierledger.projection.admin.ReadModelAdmin;
import vn.dossierledger.projection.admin.ReadModelPosition;
import vn.dossierledger.projection.search.ElasticsearchEndpoint;
import vn.dossierledger.projection.search.SearchIndexNames;
import vn.dossierledger.projection.search.SearchIndexReadModel;

/**
 * Replays the event store into a scratch schema and scratch search indices
 * ({@link ScratchReplay}) and compares each live read model with the one built afresh,
 * table by table and index by index, row by row (document by document) and field by
 * field. One check at a time; the last reports are kept in memory for the admin to read.
 */
@Component
public class ConsistencyChecker implements DisposableBean {

	private static final Logger LOGGER = LoggerFactory.getLogger(ConsistencyChecker.class);

	private static final int REPORTS_KEPT = 20;

	/** How often differences are compared again before they are reported. */
	private static final int RECHECKS = 3;

	/** A position that has not moved for this long has passed all it will pass. */
	private static final Duration SETTLED = Duration.ofSeconds(3);

	private final ConfigurableEnvironment environment;

	private final DataSource dataSource;

	private final ObjectProvider<ReadModelAdmin> liveReadModels;

	private final ObjectProvider<ElasticsearchEndpoint> searchEndpoint;

	private final ObjectProvider<ElasticsearchClient> searchClient;

	private final ObjectProvider<SearchIndexNames> searchIndexNames;

	private final ObjectProvider<SearchIndexReadModel> liveSearchReadModels;

	private final Duration timeout;

	private final AtomicBoolean running = new AtomicBoolean();

	private final Map<String, ConsistencyReport> reports = Collections.synchronizedMap(new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ConsistencyReport> eldest) {
			return size() > REPORTS_KEPT;
		}

	});

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "consistency-check");
		thread.setDaemon(true);
		return thread;
	});

	ConsistencyChecker(ConfigurableEnvironment environment, DataSource dataSource,
			ObjectProvider<ReadModelAdmin> liveReadModels, ObjectProvider<ElasticsearchEndpoint> searchEndpoint,
			ObjectProvider<ElasticsearchClient> searchClient, ObjectProvider<SearchIndexNames> searchIndexNames,
			ObjectProvider<SearchIndexReadModel> liveSearchReadModels,
			@Value("${dossier-ledger.consistency-check.timeout:PT10M}") Duration timeout) {
		this.environment = environment;
		this.dataSource = dataSource;
		this.liveReadModels = liveReadModels;
		this.searchEndpoint = searchEndpoint;
		this.searchClient = searchClient;
		this.searchIndexNames = searchIndexNames;
		this.liveSearchReadModels = liveSearchReadModels;
		this.timeout = timeout;
	}

	/**
	 * Starts a check in the background.
	 * @throws CheckAlreadyRunningException while another one runs
	 */
	public ConsistencyReport start(String requestedBy) {
		ConsistencyReport started = begin(requestedBy);
		this.worker.submit(() -> finish(started));
		return started;
	}

	/** Runs a check and waits for its report (the command line). */
	public ConsistencyReport runNow(String requestedBy) {
		return finish(begin(requestedBy));
	}

	public Optional<ConsistencyReport> report(String id) {
		return Optional.ofNullable(this.reports.get(id));
	}

	/** The kept reports, newest first. */
	public List<ConsistencyReport> reports() {
		List<ConsistencyReport> newestFirst;
		synchronized (this.reports) {
			newestFirst = new ArrayList<>(this.reports.values());
		}
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	private ConsistencyReport begin(String requestedBy) {
		if (!this.running.compareAndSet(false, true)) {
			throw new CheckAlreadyRunningException();
		}
		ConsistencyReport started = ConsistencyReport.running(UUID.randomUUID().toString(), Instant.now(), requestedBy);
		this.reports.put(started.id(), started);
		return started;
	}

	private ConsistencyReport finish(ConsistencyReport started) {
		ConsistencyReport report;
		try {
			report = check(started);
		}
		catch (Exception | LinkageError ex) {
			LOGGER.warn("Consistency check {} failed", started.id(), ex);
			report = started.failed(Instant.now(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		finally {
			this.running.set(false);
		}
		this.reports.put(report.id(), report);
		LOGGER.info("Consistency check {}: {}, {} differences over {} events", report.id(), report.state(),
				report.differenceCount(), report.eventsReplayed());
		return report;
	}

	private ConsistencyReport check(ConsistencyReport started) throws SQLException, IOException, InterruptedException {
		if (this.environment.getProperty("axon.axonserver.enabled", Boolean.class, false)) {
			return started.failed(Instant.now(), "The check replays the JPA event store's table; this application "
					+ "stores its events in Axon Server");
		}
		String liveUrl = this.environment.getRequiredProperty("spring.datasource.url");
		String liveSchema;
		String eventStore;
		Long head;
		long events;
		try (Connection connection = this.dataSource.getConnection()) {
			liveSchema = connection.getSchema();
			eventStore = "JPA event store on " + connection.getMetaData().getDatabaseProductName();
			head = head(connection);
			events = (head == null) ? 0
					: count(connection, "select count(*) from domain_event_entry where " + "global_index <= " + head);
		}
		Optional<SearchIndicesCheck> search = SearchIndicesCheck.of(this.searchEndpoint, this.searchClient,
				this.searchIndexNames, this.liveSearchReadModels);
		List<String> notCompared = List
			.of(search.isPresent() ? SearchIndicesCheck.METADATA_NOT_COMPARED : SearchIndicesCheck.NOT_CONFIGURED);
		Optional<String> searchUnreachable = search.flatMap(SearchIndicesCheck::unreachable);
		if (searchUnreachable.isPresent()) {
			return new ConsistencyReport(started.id(), "FAILED", started.startedAt(), Instant.now(),
					started.requestedBy(), eventStore, head, events, List.of(), List.of(), 0, notCompared,
					searchUnreachable.get());
		}
		try (ScratchReplay replay = ScratchReplay.start(this.environment, this.dataSource, liveSchema, liveUrl,
				search.map(SearchIndicesCheck::scratchIndices).orElse(null))) {
			List<ReadModelPosition> replayBehind = replay.awaitReplayUpTo(head, this.timeout);
			if (!replayBehind.isEmpty()) {
				return new ConsistencyReport(started.id(), "FAILED", started.startedAt(), Instant.now(),
						started.requestedBy(), eventStore, head, events, List.of(), List.of(), 0, notCompared,
						"The replay did not reach event " + head + " within " + this.timeout + ": " + replayBehind);
			}
			List<ReadModelPosition> liveBehind = liveBehind(head);
			if (!liveBehind.isEmpty()) {
				return new ConsistencyReport(started.id(), "FAILED", started.startedAt(), Instant.now(),
						started.requestedBy(), eventStore, head, events, List.of(), List.of(), 0, notCompared,
						"The live read models did not reach event " + head + " within " + this.timeout + ": "
								+ liveBehind);
			}
			List<String> indicesBehind = searchIndicesBehind(search, replay);
			if (!indicesBehind.isEmpty()) {
				return new ConsistencyReport(started.id(), "FAILED", started.startedAt(), Instant.now(),
						started.requestedBy(), eventStore, head, events, List.of(), List.of(), 0, notCompared,
						"The search indices did not show event " + head + " within " + this.timeout + ": "
								+ String.join("; ", indicesBehind));
			}
			Comparison comparison = compare(liveSchema, search, replay);
			if (comparison.differenceCount() > 0) {
				// Events stored during the comparison may have reached one side first.
				comparison = recheckAtTheNewHead(replay, liveSchema, search, comparison);
			}
			Long compared = comparison.head(head);
			long eventsCompared;
			boolean storeMoved;
			try (Connection connection = this.dataSource.getConnection()) {
				eventsCompared = (compared == null) ? 0 : count(connection,
						"select count(*) from domain_event_entry where global_index <= " + compared);
				storeMoved = !Objects.equals(head(connection), compared);
			}
			String state = stateOf(eventsCompared, comparison.tables(), comparison.differenceCount(), storeMoved);
			return new ConsistencyReport(started.id(), state, started.startedAt(), Instant.now(), started.requestedBy(),
					eventStore, compared, eventsCompared, comparison.tables(), comparison.listed(),
					comparison.differenceCount(), notCompared, null);
		}
	}

	/**
	 * What a comparison found. Differences found while the store kept taking events may
	 * be events one side had handled and the other not yet: not a finding to act on.
	 */
	static String stateOf(long events, List<TableComparison> tables, long differences, boolean storeMoved) {
		if (events == 0 && tables.stream().allMatch((table) -> table.liveRows() + table.replayedRows() == 0)) {
			return "NOTHING_COMPARED";
		}
		if (differences == 0) {
			return "CONSISTENT";
		}
		return storeMoved ? "STORE_MOVING" : "DIFFERENT";
	}

	/**
	 * Compares again, a few times, once both sides have passed the store's head: events
	 * stored during the comparison may have reached one side first, and on PostgreSQL an
	 * event may become visible after one with a higher global index (its transaction
	 * committed later), which each side takes as it appears.
	 */
	private Comparison recheckAtTheNewHead(ScratchReplay replay, String liveSchema, Optional<SearchIndicesCheck> search,
			Comparison first) throws SQLException, IOException, InterruptedException {
		Comparison latest = first;
		for (int attempt = 0; attempt < RECHECKS && latest.differenceCount() > 0; attempt++) {
			Thread.sleep(SETTLED.toMillis());
			Long newHead;
			try (Connection connection = this.dataSource.getConnection()) {
				newHead = head(connection);
			}
			if (!replay.awaitReplayUpTo(newHead, this.timeout).isEmpty() || !liveBehind(newHead).isEmpty()
					|| !searchIndicesBehind(search, replay).isEmpty()) {
				return latest;
			}
			latest = compare(liveSchema, search, replay).at(newHead);
		}
		return latest;
	}

	/**
	 * Once the processors have passed the head, what still keeps a search index from
	 * showing it: a red-flag mirror not yet pushed (pushed now, on both sides, rather
	 * than at the next sweep), or a rebuild of the live audit index not yet complete. A
	 * rebuild completes as soon as its replay has caught up, which the live processors
	 * just did; until then its read alias shows the old index, which stopped taking
	 * events at the rebuild's start, so comparing it would report the rebuild rather than
	 * a fault: the check waits, and fails with the reason if it outlasts the timeout.
	 */
	private List<String> searchIndicesBehind(Optional<SearchIndicesCheck> search, ScratchReplay replay)
			throws InterruptedException {
		if (search.isEmpty()) {
			return List.of();
		}
		return search.get().awaitCaughtUp(replay.searchReadModels(), this.timeout);
	}

	private List<ReadModelPosition> liveBehind(Long head) throws InterruptedException {
		ReadModelAdmin live = this.liveReadModels.getIfAvailable();
		return (live != null) ? awaitPositions(live, head, this.timeout) : List.of();
	}

	/**
	 * Waits until every processor has passed the event at {@code head}, or has stopped
	 * moving short of it (a processor that handles none of the last events does not pass
	 * them).
	 * @return the processors in error, or still moving when the time was up
	 */
	static List<ReadModelPosition> awaitPositions(ReadModelAdmin admin, Long head, Duration timeout)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		Map<String, Long> lastPositions = new HashMap<>();
		Map<String, Long> movedAt = new HashMap<>();
		while (true) {
			List<ReadModelPosition> behind = new ArrayList<>();
			long now = System.nanoTime();
			for (ReadModelPosition position : admin.positions()) {
				if (!Objects.equals(lastPositions.put(position.processingGroup(), position.position()),
						position.position()) || !movedAt.containsKey(position.processingGroup())) {
					movedAt.put(position.processingGroup(), now);
				}
				boolean passed = head == null || (position.position() != null && position.position() >= head);
				boolean settled = !position.replaying() && position.claimedSegments() > 0
						&& now - movedAt.get(position.processingGroup()) > SETTLED.toNanos();
				if (position.error() || !(passed || settled)) {
					behind.add(position);
				}
			}
			if (behind.isEmpty() || behind.stream().anyMatch(ReadModelPosition::error) || now > deadline) {
				return behind;
			}
			Thread.sleep(200);
		}
	}

	private Comparison compare(String liveSchema, Optional<SearchIndicesCheck> search, ScratchReplay replay)
			throws SQLException, IOException {
		List<TableComparison> tables = new ArrayList<>();
		List<Difference> listed = new ArrayList<>();
		long differenceCount = 0;
		try (Connection connection = this.dataSource.getConnection()) {
			String scratchSchema = connection.getMetaData().storesUpperCaseIdentifiers()
					? ScratchReplay.SCHEMA.toUpperCase(Locale.ROOT) : ScratchReplay.SCHEMA;
			List<String> liveTables = ReadModelRows.tables(connection, liveSchema);
			List<String> replayedTables = ReadModelRows.tables(connection, scratchSchema);
			for (String table : new TreeSet<>(liveTables)) {
				if (!replayedTables.contains(table)) {
					throw new IllegalStateException("The scratch schema has no table " + table);
				}
				List<String> key = ReadModelRows.primaryKey(connection, liveSchema, table);
				Map<String, Map<String, String>> live = ReadModelRows.rows(connection, liveSchema, table, key);
				Map<String, Map<String, String>> replayed = ReadModelRows.rows(connection, scratchSchema, table, key);
				List<Difference> found = differences(table, live, replayed);
				differenceCount += list(found, listed);
				tables.add(new TableComparison(table, live.size(), replayed.size(), found.size()));
			}
		}
		if (search.isPresent()) {
			for (IndexedDocuments index : search.get().compare(replay.searchReadModels())) {
				differenceCount += list(index.differences(), listed);
				tables.add(index.counts());
			}
		}
		return new Comparison(tables, listed, differenceCount, null);
	}

	/**
	 * Lists the differences found while the report lists fewer than it can.
	 * @return how many were found
	 */
	private static long list(List<Difference> found, List<Difference> listed) {
		found.stream().limit(Math.max(0, ConsistencyReport.LISTED - listed.size())).forEach(listed::add);
		return found.size();
	}

	static List<Difference> differences(String table, Map<String, Map<String, String>> live,
			Map<String, Map<String, String>> replayed) {
		List<Difference> differences = new ArrayList<>();
		TreeSet<String> keys = new TreeSet<>(live.keySet());
		keys.addAll(replayed.keySet());
		for (String key : keys) {
			Map<String, String> liveRow = live.get(key);
			Map<String, String> replayedRow = replayed.get(key);
			if (liveRow == null || replayedRow == null) {
				differences.add(Difference.ofRows(table, key, liveRow, replayedRow));
				continue;
			}
			TreeSet<String> columns = new TreeSet<>(liveRow.keySet());
			columns.addAll(replayedRow.keySet());
			for (String column : columns) {
				if (!Objects.equals(liveRow.get(column), replayedRow.get(column))) {
					differences.add(new Difference(table, key, liveRow.get("dossier_id"), column, liveRow.get(column),
							replayedRow.get(column)));
				}
			}
		}
		return differences;
	}

	private static Long head(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select max(global_index) from domain_event_entry")) {
			result.next();
			long head = result.getLong(1);
			return result.wasNull() ? null : head;
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

	/** The tables compared at one head. */
	private record Comparison(List<TableComparison> tables, List<Difference> listed, long differenceCount,
			Long comparedAt) {

		Comparison at(Long head) {
			return new Comparison(this.tables, this.listed, this.differenceCount, head);
		}

		Long head(Long first) {
			return (this.comparedAt != null) ? this.comparedAt : first;
		}

	}

	/** Another check is running. */
	public static final class CheckAlreadyRunningException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CheckAlreadyRunningException() {
			super("A consistency check is already running; read its report, then start another");
		}

	}

}
