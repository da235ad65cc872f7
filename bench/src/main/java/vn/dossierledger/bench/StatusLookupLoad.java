package vn.dossierledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Status lookups at a fixed rate from the bench process: {@code GET /api/status/{code}}
 * with the citizen's {@code X-Lookup-Secret}, for dossiers the append phase submitted,
 * paced open-loop by {@link OpenLoopPacer} onto a pool of sending threads. Latency counts
 * from each request's due time to its answer.
 * <p>
 * The requests go through {@link HttpURLConnection} (blocking, keep-alive): the JDK's
 * {@code HttpClient} hands every request between its own threads, which on two shared
 * cores took CPU from the app under test.
 * <p>
 * The app counts lookups per client and trusts the loopback as its proxy
 * ({@link AppProcess}): each request names one of {@code clients} addresses of the
 * benchmarking range 198.18.0.0/15 (RFC 2544) in {@code X-Forwarded-For}, round robin, so
 * that the limits are paid as for many citizens behind a reverse proxy, and none is
 * reached.
 */
final class StatusLookupLoad {

	private final HttpJson http;

	private final ProcessCpu appCpu;

	private final List<AppendLoad.DossierTicket> tickets;

	private final String[] clients;

	StatusLookupLoad(AppProcess app, List<AppendLoad.DossierTicket> tickets, int clients) {
		if (tickets.isEmpty()) {
			throw new IllegalArgumentException("No dossiers to look up");
		}
		this.http = app.http();
		this.appCpu = new ProcessCpu(app.pid());
		this.tickets = tickets;
		this.clients = clientAddresses(clients);
	}

	/** {@code count} addresses of 198.18.0.0/15, the first first. */
	static String[] clientAddresses(int count) {
		if (count < 1 || count > 1 << 17) {
			throw new IllegalArgumentException("Between 1 and 131,072 clients, not " + count);
		}
		String[] addresses = new String[count];
		for (int i = 0; i < count; i++) {
			addresses[i] = "198." + (18 + (i >> 16)) + "." + ((i >> 8) & 0xFF) + "." + (i & 0xFF);
		}
		return addresses;
	}

	/**
	 * Lookups at the rate for the warm-up (not counted: the JIT and the pools settle),
	 * then for the measured duration.
	 */
	Result run(int ratePerSecond, WarmUp warmUp, Duration duration, int threads) {
		WarmUp.Taken warmedUp = warmUp.run(this.appCpu,
				(slice) -> pace(ratePerSecond, slice, threads, WarmUp.Taken.NONE));
		return pace(ratePerSecond, duration, threads, warmedUp);
	}

	private Result pace(int ratePerSecond, Duration duration, int threads, WarmUp.Taken warmedUp) {
		OpenLoopPacer pacer = new OpenLoopPacer(ratePerSecond, duration);
		long[] latencies = new long[(int) pacer.count()];
		AtomicLong notOk = new AtomicLong();
		AtomicLong lastAnswer = new AtomicLong();
		ExecutorService senders = Executors.newFixedThreadPool(threads);
		ProcessCpu generatorCpu = new ProcessCpu(ProcessHandle.current().pid());
		long appCpuBefore = this.appCpu.nanos();
		long generatorCpuBefore = generatorCpu.nanos();
		long start = pacer.run(OpenLoopPacer.Timer.SYSTEM, (index, due) -> senders.execute(() -> {
			AppendLoad.DossierTicket ticket = this.tickets.get((int) (index % this.tickets.size()));
			String client = this.clients[(int) (index % this.clients.length)];
			boolean ok;
			try {
				ok = lookUp(ticket, client);
			}
			catch (IOException | RuntimeException ex) {
				ok = false;
			}
			long answered = System.nanoTime();
			latencies[(int) index] = answered - due;
			lastAnswer.accumulateAndGet(answered, Math::max);
			if (!ok) {
				notOk.incrementAndGet();
			}
		}));
		senders.shutdown();
		try {
			senders.awaitTermination(2, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return new Result(ratePerSecond, Percentiles.of(latencies), notOk.get(),
				Duration.ofNanos(lastAnswer.get() - start), this.appCpu.nanos() - appCpuBefore,
				generatorCpu.nanos() - generatorCpuBefore, warmedUp);
	}

	/** Reads and closes the whole answer, so that the connection is kept for the next. */
	private boolean lookUp(AppendLoad.DossierTicket ticket, String client) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI
			.create(this.http.baseUrl() + "/api/status/" + ticket.dossierCode())
			.toURL()
			.openConnection();
		connection.setRequestProperty("X-Lookup-Secret", ticket.lookupSecret());
		connection.setRequestProperty("X-Forwarded-For", client);
		int status = connection.getResponseCode();
		try (InputStream body = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
			if (body != null) {
				body.readAllBytes();
			}
		}
		return status == 200;
	}

	/**
	 * @param appCpuNanos the app's CPU during the lookups
	 * @param generatorCpuNanos the bench process's CPU (the load generator) meanwhile
	 * @param warmUp what came before
	 */
	record Result(int targetRate, Percentiles latencies, long notOk, Duration elapsed, long appCpuNanos,
			long generatorCpuNanos, WarmUp.Taken warmUp) {

		double achievedPerSecond() {
			return this.latencies.count() / (this.elapsed.toNanos() / 1e9);
		}

		double millis(double percent) {
			return this.latencies.at(percent) / 1e6;
		}

		/** CPU milliseconds per lookup: the app's, and the load generator's. */
		String cpuEach() {
			long count = Math.max(1, this.latencies.count());
			return String.format("app %.2f ms, load generator %.2f ms of CPU per lookup",
					this.appCpuNanos / 1e6 / count, this.generatorCpuNanos / 1e6 / count);
		}

		String describe() {
			return String.format(
					"%,d lookups at %,d/s target: %,.0f/s achieved, p50 %.2f ms, p99 %.2f ms, max %.1f ms, %,d not 200; %s; %s",
					this.latencies.count(), this.targetRate, achievedPerSecond(), millis(50), millis(99), millis(100),
					this.notOk, cpuEach(), this.warmUp.describe());
		}

	}

}
