package vn.dossierledger.oversight.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import javax.sql.DataSource;

import vn.dossierledger.oversight.ledger.SealVerifier.SealCheck;

/**
 * Recomputes every dossier's hash chain, and every seal, straight from the event store
 * table (plain JDBC, H2 blobs and PostgreSQL bytea alike), bypassing Axon's upcasters and
 * serializer: it checks the bytes as stored. One thread streams the rows ordered by
 * dossier and sequence; whole dossiers go in batches to a pool of workers that hash them.
 */
public final class LedgerVerifier {

	private static final String ALL_EVENTS = "select aggregate_identifier, sequence_number, payload_type,"
			+ " payload_revision, time_stamp, %s, %s from domain_event_entry"
			+ " order by aggregate_identifier, sequence_number";

	/** Events per batch handed to a worker: large enough to amortise the hand-over. */
	private static final int BATCH_EVENTS = 2_000;

	private static final int FETCH_SIZE = 1_000;

	private final DataSource dataSource;

	private final DossierChainCheck check;

	private final SealVerifier seals;

	private final int workers;

	public LedgerVerifier(DataSource dataSource, CanonicalEventEncoding encoding, int workers) {
		this.dataSource = dataSource;
		this.check = new DossierChainCheck(encoding);
		this.seals = new SealVerifier(dataSource, encoding);
		this.workers = Math.max(1, workers);
	}

	public VerificationReport verifyAll() {
		long started = System.nanoTime();
		AtomicLong events = new AtomicLong();
		AtomicLong dossiers = new AtomicLong();
		List<CompletableFuture<List<ChainMismatch>>> results = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(this.workers, (task) -> {
			Thread thread = new Thread(task, "ledger-verifier");
			thread.setDaemon(true);
			return thread;
		});
		// Bounds the rows held in memory to a few batches per worker.
		Semaphore inFlight = new Semaphore(this.workers * 4);
		try {
			// The seal pass reads the leaf table on its own connection meanwhile.
			CompletableFuture<SealCheck> sealCheck = CompletableFuture.supplyAsync(this.seals::verify, pool);
			readDossiers((batch) -> {
				events.addAndGet(batch.stream().mapToLong(List::size).sum());
				dossiers.addAndGet(batch.size());
				inFlight.acquireUninterruptibly();
				results.add(CompletableFuture.supplyAsync(() -> checkAll(batch), pool)
					.whenComplete((done, failure) -> inFlight.release()));
			});
			SealCheck sealed = sealCheck.join();
			// A deleted event is found by its chain and by its seal: reported once.
			List<ChainMismatch> mismatches = Stream
				.concat(results.stream().flatMap((result) -> result.join().stream()), sealed.eventMismatches.stream())
				.filter(distinctBy((mismatch) -> List.of(mismatch.dossierId(), mismatch.sequence(), mismatch.kind())))
				.sorted(Comparator.comparing(ChainMismatch::dossierId)
					.thenComparingLong(ChainMismatch::sequence)
					.thenComparing(ChainMismatch::kind))
				.toList();
			long nanos = Math.max(1, System.nanoTime() - started);
			return VerificationReport.of(eventStore(), events.get(), dossiers.get(), sealed.sealsChecked,
					sealed.unsealedEvents, mismatches, List.copyOf(sealed.sealMismatches), nanos / 1_000_000,
					events.get() * 1_000_000_000L / nanos);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The table the events were read from, and its database. */
	private String eventStore() {
		try (Connection connection = this.dataSource.getConnection()) {
			return "JPA event store table domain_event_entry on " + connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the event store", ex);
		}
	}

	private static <T> Predicate<T> distinctBy(Function<T, Object> key) {
		Set<Object> seen = new HashSet<>();
		return (item) -> seen.add(key.apply(item));
	}

	private List<ChainMismatch> checkAll(List<List<StoredEvent>> dossiers) {
		List<ChainMismatch> mismatches = new ArrayList<>();
		for (List<StoredEvent> dossier : dossiers) {
			mismatches.addAll(this.check.check(dossier));
		}
		return mismatches;
	}

	/** Streams the event table as batches of whole dossiers. */
	private void readDossiers(BatchConsumer consumer) {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			// PostgreSQL streams with a cursor only inside a transaction.
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(ALL_EVENTS
				.formatted(StoredBytes.column("payload", connection), StoredBytes.column("meta_data", connection)))) {
				statement.setFetchSize(FETCH_SIZE);
				try (ResultSet rows = statement.executeQuery()) {
					readBatches(rows, consumer);
				}
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the event store", ex);
		}
	}

	private static void readBatches(ResultSet rows, BatchConsumer consumer) throws SQLException {
		List<List<StoredEvent>> batch = new ArrayList<>();
		List<StoredEvent> dossier = new ArrayList<>();
		int batchEvents = 0;
		while (rows.next()) {
			StoredEvent event = new StoredEvent(rows.getString(1), rows.getLong(2), rows.getString(3),
					rows.getString(4), rows.getString(5), rows.getBytes(6), rows.getBytes(7));
			if (!dossier.isEmpty() && !dossier.get(0).aggregateId().equals(event.aggregateId())) {
				batch.add(dossier);
				dossier = new ArrayList<>();
				if (batchEvents >= BATCH_EVENTS) {
					consumer.accept(batch);
					batch = new ArrayList<>();
					batchEvents = 0;
				}
			}
			dossier.add(event);
			batchEvents++;
		}
		if (!dossier.isEmpty()) {
			batch.add(dossier);
		}
		if (!batch.isEmpty()) {
			consumer.accept(batch);
		}
	}

	@FunctionalInterface
	private interface BatchConsumer {

		void accept(List<List<StoredEvent>> dossiers);

	}

}
