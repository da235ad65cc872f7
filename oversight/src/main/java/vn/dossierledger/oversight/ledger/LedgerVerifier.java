package vn.dossierledger.oversight.ledger;

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
 * Recomputes every dossier's hash chain, and every seal, straight from the events as the
 * event store holds them ({@link StoredEvents}: the JPA event table or Axon Server),
 * bypassing Axon's upcasters and serializer: it checks the bytes as stored. One thread
 * reads the store dossier by dossier; whole dossiers go in batches to a pool of workers
 * that hash them.
 */
public final class LedgerVerifier {

	private final StoredEvents store;

	private final DossierChainCheck check;

	private final SealVerifier seals;

	private final int workers;

	/** Over the JPA event store's table in that database. */
	public LedgerVerifier(DataSource dataSource, CanonicalEventEncoding encoding, int workers) {
		this(new EventTableStoredEvents(dataSource, encoding), dataSource, encoding, workers);
	}

	/**
	 * @param store the events as stored
	 * @param ledgerDatabase where the seals are
	 */
	LedgerVerifier(StoredEvents store, DataSource ledgerDatabase, CanonicalEventEncoding encoding, int workers) {
		this.store = store;
		this.check = new DossierChainCheck(encoding);
		this.seals = new SealVerifier(store, ledgerDatabase);
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
			this.store.readDossiers((batch) -> {
				events.addAndGet(batch.stream().mapToLong(List::size).sum());
				dossiers.addAndGet(batch.size());
				inFlight.acquireUninterruptibly();
				results.add(CompletableFuture.supplyAsync(() -> checkAll(batch), pool)
					.whenComplete((done, failure) -> inFlight.release()));
			});
			SealCheck sealed = sealCheck.join();
			// A store that gave no event at all is not this ledger's store, or not
			// reachable
			// as it: every sealed event would be reported missing, hiding what matters.
			List<ChainMismatch> sealedEventMismatches = (events.get() > 0) ? sealed.eventMismatches : List.of();
			// A deleted event is found by its chain and by its seal: reported once.
			List<ChainMismatch> mismatches = Stream
				.concat(results.stream().flatMap((result) -> result.join().stream()), sealedEventMismatches.stream())
				.filter(distinctBy((mismatch) -> List.of(mismatch.dossierId(), mismatch.sequence(), mismatch.kind())))
				.sorted(Comparator.comparing(ChainMismatch::dossierId)
					.thenComparingLong(ChainMismatch::sequence)
					.thenComparing(ChainMismatch::kind))
				.toList();
			long nanos = Math.max(1, System.nanoTime() - started);
			return VerificationReport.of(this.store.description(), events.get(), dossiers.get(), sealed.sealsChecked,
					sealed.unsealedEvents, mismatches, List.copyOf(sealed.sealMismatches), nanos / 1_000_000,
					events.get() * 1_000_000_000L / nanos);
		}
		finally {
			pool.shutdownNow();
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

}
