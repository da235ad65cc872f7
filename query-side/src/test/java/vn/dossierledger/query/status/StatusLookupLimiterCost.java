package vn.dossierledger.query.status;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import vn.dossierledger.query.status.StatusLookupLimits.Limit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the lookup limits add to a lookup, measured on the limiter alone: telling the
 * client apart behind a trusted proxy, then admitting the lookup and giving the code's
 * token back, spread over clients and codes as the benchmark spreads its lookups; and the
 * heap that the buckets take when both caches are full. Prints its figures; not part of
 * the build (the name does not end in {@code Test}):
 *
 * <pre>
 * ./mvnw -o -pl query-side -am verify -DskipITs -Dtest=StatusLookupLimiterCost \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class StatusLookupLimiterCost {

	private static final int CLIENTS = 4_096;

	private static final int CODES = 20_000;

	private static final int LOOKUPS_PER_ROUND = 1_000_000;

	@Test
	void nanosecondsPerLookup() {
		// Limits as high as the loop is fast: what a bucket costs does not depend on
		// them.
		Limit unreached = new Limit(1_000_000_000, 1_000_000_000, Duration.ofSeconds(1));
		StatusLookupLimiter limiter = new StatusLookupLimiter(
				new StatusLookupLimits(true, unreached, unreached, 50_000, 50_000, null));
		LookupClients clients = new LookupClients(List.of("127.0.0.1"));
		String[] addresses = clientAddresses();
		MockHttpServletRequest[] requests = new MockHttpServletRequest[CLIENTS];
		for (int i = 0; i < CLIENTS; i++) {
			requests[i] = new MockHttpServletRequest("GET", "/api/status/X");
			requests[i].setRemoteAddr("127.0.0.1");
			requests[i].addHeader(LookupClients.FORWARDED_FOR, addresses[i]);
		}
		String[] codes = dossierCodes();
		long[] rounds = new long[10];
		for (int round = -5; round < rounds.length; round++) {
			long start = System.nanoTime();
			for (int i = 0; i < LOOKUPS_PER_ROUND; i++) {
				String client = clients.clientOf(requests[i % CLIENTS]);
				limiter.admit(client, codes[i % CODES]).found();
			}
			long elapsed = System.nanoTime() - start;
			if (round >= 0) {
				rounds[round] = elapsed;
			}
		}
		Arrays.sort(rounds);
		System.out.printf("Lookup limits: %.0f ns per lookup (median of %d rounds of %,d; best %.0f ns)%n",
				rounds[rounds.length / 2] / (double) LOOKUPS_PER_ROUND, rounds.length, LOOKUPS_PER_ROUND,
				rounds[0] / (double) LOOKUPS_PER_ROUND);
		assertThat(limiter.trackedClients()).isPositive().isLessThanOrEqualTo(CLIENTS);
	}

	/**
	 * The same from as many threads as the benchmark's lookups on the app's two cores:
	 * what the caches' shared state costs when the lookups contend for it. Wall time per
	 * lookup; the CPU is that times the cores.
	 */
	@Test
	void nanosecondsPerLookupFromSixtyFourThreads() throws InterruptedException {
		Limit unreached = new Limit(1_000_000_000, 1_000_000_000, Duration.ofSeconds(1));
		StatusLookupLimiter limiter = new StatusLookupLimiter(
				new StatusLookupLimits(true, unreached, unreached, 50_000, 50_000, null));
		String[] clients = clientAddresses();
		String[] codes = dossierCodes();
		int threads = 64;
		int lookupsPerThread = LOOKUPS_PER_ROUND / threads;
		AtomicLong next = new AtomicLong();
		long[] rounds = new long[10];
		for (int round = -5; round < rounds.length; round++) {
			CountDownLatch done = new CountDownLatch(threads);
			long start = System.nanoTime();
			for (int t = 0; t < threads; t++) {
				new Thread(() -> {
					for (int i = 0; i < lookupsPerThread; i++) {
						long n = next.getAndIncrement();
						limiter.admit(clients[(int) (n % CLIENTS)], codes[(int) (n % CODES)]).found();
					}
					done.countDown();
				}).start();
			}
			done.await();
			long elapsed = System.nanoTime() - start;
			if (round >= 0) {
				rounds[round] = elapsed;
			}
		}
		Arrays.sort(rounds);
		System.out.printf(
				"Lookup limits from %d threads on %d cores: %.0f ns of wall time per lookup (median of %d rounds of %,d)%n",
				threads, Runtime.getRuntime().availableProcessors(),
				rounds[rounds.length / 2] / (double) (threads * lookupsPerThread), rounds.length,
				threads * lookupsPerThread);
		assertThat(limiter.trackedCodes()).isPositive().isLessThanOrEqualTo(CODES);
	}

	/**
	 * The default limits with the lookups arriving as the benchmark sends them, 1,000 a
	 * second on the limiter's clock: each client comes back every 4 s, near the time its
	 * bucket would be full again, which is what a cache that forgets by time pays for.
	 */
	@Test
	void nanosecondsPerLookupAtTheBenchmarksPace() {
		long[] now = { 0 };
		StatusLookupLimiter limiter = new StatusLookupLimiter(StatusLookupLimits.defaults(), () -> now[0],
				Runnable::run);
		String[] clients = clientAddresses();
		String[] codes = dossierCodes();
		long[] rounds = new long[10];
		for (int round = -5; round < rounds.length; round++) {
			long start = System.nanoTime();
			for (int i = 0; i < LOOKUPS_PER_ROUND; i++) {
				now[0] += 1_000_000;
				limiter.admit(clients[i % CLIENTS], codes[i % CODES]).found();
			}
			long elapsed = System.nanoTime() - start;
			if (round >= 0) {
				rounds[round] = elapsed;
			}
		}
		Arrays.sort(rounds);
		System.out.printf("Lookup limits at the benchmark's pace: %.0f ns per lookup (median of %d rounds of %,d)%n",
				rounds[rounds.length / 2] / (double) LOOKUPS_PER_ROUND, rounds.length, LOOKUPS_PER_ROUND);
		assertThat(limiter.trackedClients()).isPositive().isLessThanOrEqualTo(CLIENTS);
	}

	@Test
	void heapOfFullCaches() {
		StatusLookupLimits limits = new StatusLookupLimits(true, new Limit(20, 5, Duration.ofSeconds(1)),
				new Limit(5, 5, Duration.ofMinutes(15)), 50_000, 50_000, null);
		long before = usedHeapAfterGc();
		StatusLookupLimiter limiter = new StatusLookupLimiter(limits, System::nanoTime, Runnable::run);
		for (int i = 0; i < 50_000; i++) {
			limiter.admit("198." + (18 + (i >> 16)) + "." + ((i >> 8) & 0xFF) + "." + (i & 0xFF),
					String.format("000.00.01.H26-261207-%05d", i));
		}
		long after = usedHeapAfterGc();
		System.out.printf("Lookup limits: %d clients and %d codes held in %.1f MiB of heap%n", limiter.trackedClients(),
				limiter.trackedCodes(), (after - before) / (1024.0 * 1024));
		assertThat(limiter.trackedCodes()).isGreaterThan(45_000);
	}

	/** The benchmark's client addresses, one per client. */
	private static String[] clientAddresses() {
		String[] clients = new String[CLIENTS];
		for (int i = 0; i < CLIENTS; i++) {
			clients[i] = "198.18." + (i >> 8) + "." + (i & 0xFF);
		}
		return clients;
	}

	/** Dossier codes of one day at one agency, as many as the benchmark looks up. */
	private static String[] dossierCodes() {
		String[] codes = new String[CODES];
		for (int i = 0; i < CODES; i++) {
			codes[i] = String.format("000.00.01.H26-261207-%05d", i);
		}
		return codes;
	}

	private static long usedHeapAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
