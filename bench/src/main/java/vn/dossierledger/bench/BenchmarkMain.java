package vn.dossierledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import vn.dossierledger.bench.BenchSettings.Phase;

/**
 * The whole benchmark in one run (bench/README.md): the bench process is the load
 * generator and starts PostgreSQL; the app runs as a separate process (the repackaged
 * jar, profile {@code postgres}) and is restarted between phases that need another
 * set-up.
 * <ol>
 * <li>Append through REST with the hash chain off, then the raw JDBC limit, then with the
 * chain on (that app also serves 4, once its read models have caught up).</li>
 * <li>Status lookups at a fixed rate; with the lookup limits off and on in turn, in fresh
 * apps ({@code lookup_limiter}).</li>
 * <li>The store cloned up to the replay size; the raw replay limit; the JPA read models
 * rebuilt together, then each alone, by an app without Elasticsearch (so the audit
 * processor does not compete).</li>
 * <li>The audit index rebuilt by an app with Elasticsearch, then the raw {@code _bulk}
 * limit on the same server.</li>
 * </ol>
 * Memory is sampled throughout, per phase. {@code -Dbench.phases} picks the optional
 * parts ({@link Phase}). Every request to an app carries a bearer token from the bench's
 * token issuer ({@link AppProcess#startIssuer}), but the anonymous lookups.
 */
public final class BenchmarkMain {

	private static final String AUDIT_GROUP = "audit-history";

	/** The ledger's own processor: never rebuilt (seals are published history). */
	private static final String LEDGER_SEALS_GROUP = "ledger-seals";

	private static final int CORES = Runtime.getRuntime().availableProcessors();

	private final BenchSettings settings;

	private final ResultTable table = new ResultTable();

	private final List<String> memory = new ArrayList<>();

	/** Events in the store once cloned up to the replay size (the input of 2 and 3). */
	private long events;

	private long peakHeap;

	private long peakRss;

	/** The token issuer every app trusts. */
	private AppProcess issuer;

	private BenchmarkMain(BenchSettings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws IOException {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		// Keep-alive connections for every lookup thread (the JDK keeps 5 by default);
		// read
		// once, before the first HttpURLConnection.
		System.setProperty("http.maxConnections", Integer.toString(settings.statusThreads()));
		System.out.println("Dossier Ledger benchmark, " + Instant.now());
		System.out.println("  " + settings.describe());
		System.out.printf("  machine: %d processors, %s%n", Runtime.getRuntime().availableProcessors(), memTotal());
		prepare(settings.workDir());
		try (BenchPostgres postgres = BenchPostgres.start(settings)) {
			System.out.println("  " + postgres.describe());
			new BenchmarkMain(settings).run(postgres);
		}
	}

	private void run(BenchPostgres postgres) {
		long started = System.nanoTime();
		try (AppProcess tokens = AppProcess.startIssuer(this.settings)) {
			this.issuer = tokens;
			run(postgres, started);
		}
	}

	private void run(BenchPostgres postgres, long started) {
		List<AppendLoad.DossierTicket> tickets = appendAndLookUp(postgres);
		if (this.settings.runs(Phase.LOOKUP_LIMITER)) {
			lookupLimiter(postgres, tickets);
		}
		if (this.settings.runs(Phase.REPLAY) || this.settings.runs(Phase.REPLAY_ALONE)
				|| this.settings.runs(Phase.AUDIT)) {
			System.out.println("2. Replay input: the walked dossiers cloned");
			this.events = new EventCloner(postgres).cloneUpTo(this.settings.events());
		}
		if (this.settings.runs(Phase.REPLAY) || this.settings.runs(Phase.REPLAY_ALONE)) {
			replay(postgres);
		}
		if (this.settings.runs(Phase.AUDIT)) {
			rebuildAuditIndex(postgres);
		}
		System.out.printf("  (%,d dossiers walked)%n", tickets.size());
		report();
		System.out.printf("Benchmark took %.1f min%n", (System.nanoTime() - started) / 60e9);
	}

	/**
	 * 1 and 4: append (chain off, raw, chain on), then lookups of the walked dossiers.
	 */
	private List<AppendLoad.DossierTicket> appendAndLookUp(BenchPostgres postgres) {
		int clients = this.settings.clients();
		ClosedLoop.Outcome unchained = null;
		ClosedLoop.Outcome raw = null;
		if (this.settings.runs(Phase.UNCHAINED)) {
			System.out.println("1. Append through REST, hash chain off");
			try (AppProcess app = startApp("app-chaining-off", postgres,
					Map.of("dossier-ledger.ledger.chaining.enabled", "false"));
					MemorySampler sampler = new MemorySampler(app)) {
				unchained = new AppendLoad(app).run(clients, this.settings.warmUp(), this.settings.appendDuration());
				System.out.println("  " + unchained.describe("commands"));
				remember("append, chain off", sampler);
			}
			System.out.println("1. Append, raw limit: JDBC, one row per transaction");
			raw = new RawAppendLimit(postgres).run(clients, this.settings.warmUp().minimum(),
					this.settings.appendDuration());
			System.out.println("  " + raw.describe("rows"));
		}

		ClosedLoop.Outcome commandsOnly = null;
		if (this.settings.runs(Phase.COMMANDS_ONLY)) {
			System.out.println("1. Append through REST to the commands role alone (no read models in the process)");
			try (AppProcess app = startApp("app-commands-only", postgres,
					Map.of("spring.profiles.active", "postgres,commands",
							"dossier-ledger.elasticsearch.embedded.enabled", "false"));
					MemorySampler sampler = new MemorySampler(app)) {
				commandsOnly = new AppendLoad(app).run(clients, this.settings.warmUp(), this.settings.appendDuration());
				System.out.println("  " + commandsOnly.describe("commands"));
				remember("append, commands role alone", sampler);
			}
		}

		System.out.println("1. Append through REST, hash chain on; 4. status lookups");
		ClosedLoop.Outcome chained;
		StatusLookupLoad.Result status;
		List<AppendLoad.DossierTicket> tickets;
		try (AppProcess app = startApp("app-append-status", postgres, Map.of());
				MemorySampler sampler = new MemorySampler(app)) {
			AppendLoad append = new AppendLoad(app);
			chained = append.run(clients, this.settings.warmUp(), this.settings.appendDuration());
			tickets = append.tickets();
			System.out.println("  " + chained.describe("commands"));
			remember("append, chain on", sampler);
			// Lookups measure the steady state: every read model has caught up first.
			ReadModelRebuild readModels = new ReadModelRebuild(app.http(), postgres);
			long waitStart = System.nanoTime();
			boolean caughtUp = readModels.awaitCaughtUp(readModels.groups(), Duration.ofMinutes(5));
			System.out.printf("  read models %s after %.0f s%n", caughtUp ? "caught up" : "still behind",
					(System.nanoTime() - waitStart) / 1e9);
			remember("read models catching up", sampler);
			status = new StatusLookupLoad(app, tickets, this.settings.statusClients()).run(this.settings.statusRate(),
					this.settings.statusWarmUp(), this.settings.statusDuration(), this.settings.statusThreads());
			System.out.println("  " + status.describe());
			remember("status lookups", sampler);
		}

		String mix = "1. Append, REST, " + clients + " clients, lifecycle mix (1 create : 9 on existing), chain on";
		if (raw != null) {
			this.table.compare(mix, chained.perSecond(), "commands/s", raw.perSecond(), "tx/s",
					"≥ 3,300/s and ≥ 50 % of raw");
			this.table.compare("1. Append, same, hash chain off", unchained.perSecond(), "commands/s", raw.perSecond(),
					"tx/s", "");
			this.table.figure("1. Hash chain: throughput with it on / with it off",
					ResultTable.percent(chained.perSecond() / unchained.perSecond()), "");
			this.table.note("Append failures: chain on " + chained.failed() + ", chain off " + unchained.failed()
					+ ", raw " + raw.failed());
		}
		else {
			this.table.figure(mix, ResultTable.rate(chained.perSecond(), "commands/s"), "≥ 3,300/s");
			this.table.note("Append failures: " + chained.failed());
		}
		if (commandsOnly != null) {
			this.table.figure("1. Append, same, chain on, to the commands role alone (read models in other processes)",
					ResultTable.rate(commandsOnly.perSecond(), "commands/s"), "");
			this.table.note(String.format(
					"App CPU per command, commands role alone: %.2f ms (at most %,.0f commands/s " + "on %d cores)",
					commandsOnly.cpuMillisEach(), ceiling(commandsOnly.cpuMillisEach()), CORES));
		}
		this.table.figure(
				String.format("4. Status lookups at %,d/s (open loop, %d s): p50 / p99", status.targetRate(),
						this.settings.statusDuration().toSeconds()),
				String.format("%.1f ms / %.1f ms (%,.0f/s achieved, %,d not 200)", status.millis(50), status.millis(99),
						status.achievedPerSecond(), status.notOk()),
				"p99 ≤ 20 ms");
		this.table.note(String
			.format("App CPU per command (chain on): %.2f ms, i.e. at most %,.0f commands/s on this machine's %d cores "
					+ "for the app alone", chained.cpuMillisEach(), ceiling(chained.cpuMillisEach()), CORES));
		this.table.note("Status lookups: " + status.cpuEach());
		return tickets;
	}

	/**
	 * 4, what the lookup limits cost: the same lookups in fresh apps with the limits off,
	 * on, on, off: a machine that drifts during the rounds (the database still settling
	 * after the append) weighs on both alike, which off and on in turn did not.
	 */
	private void lookupLimiter(BenchPostgres postgres, List<AppendLoad.DossierTicket> tickets) {
		Map<Boolean, List<StatusLookupLoad.Result>> byLimiter = new TreeMap<>();
		List<Boolean> order = List.of(false, true, true, false);
		for (int turn = 0; turn < order.size(); turn++) {
			boolean limited = order.get(turn);
			int round = (turn < 2) ? 1 : 2;
			String name = "app-lookups-limits-" + (limited ? "on" : "off") + "-" + round;
			System.out.println("4. Status lookups, limits " + (limited ? "on" : "off") + ", round " + round);
			try (AppProcess app = startApp(name, postgres,
					Map.of("dossier-ledger.status-lookup.enabled", Boolean.toString(limited)));
					MemorySampler sampler = new MemorySampler(app)) {
				ReadModelRebuild readModels = new ReadModelRebuild(app.http(), postgres);
				readModels.awaitCaughtUp(readModels.groups(), Duration.ofMinutes(5));
				StatusLookupLoad.Result result = new StatusLookupLoad(app, tickets, this.settings.statusClients()).run(
						this.settings.statusRate(), this.settings.statusWarmUp(), this.settings.statusDuration(),
						this.settings.statusThreads());
				System.out.println("  " + result.describe());
				byLimiter.computeIfAbsent(limited, (key) -> new ArrayList<>()).add(result);
				this.table.note("Status lookups, limits " + (limited ? "on" : "off") + ", round " + round + ": "
						+ result.describe());
				remember("status lookups, limits " + (limited ? "on" : "off"), sampler);
			}
		}
		List<StatusLookupLoad.Result> off = byLimiter.get(false);
		List<StatusLookupLoad.Result> on = byLimiter.get(true);
		this.table.figure(
				String.format("4. Status lookups at %,d/s, limits off / on (two rounds each, off-on-on-off): p99",
						this.settings.statusRate()),
				String.format("%s / %s ms (mean p99: %+.0f %%; %,d / %,d not 200)", p99s(off), p99s(on),
						100 * (meanP99(on) / meanP99(off) - 1), notOk(off), notOk(on)),
				"limits cost ≤ 10 %");
	}

	private static String p99s(List<StatusLookupLoad.Result> results) {
		return String.join(", ", results.stream().map((result) -> String.format("%.2f", result.millis(99))).toList());
	}

	private static double meanP99(List<StatusLookupLoad.Result> results) {
		return results.stream().mapToDouble((result) -> result.millis(99)).average().orElse(Double.NaN);
	}

	private static long notOk(List<StatusLookupLoad.Result> results) {
		return results.stream().mapToLong(StatusLookupLoad.Result::notOk).sum();
	}

	/**
	 * 2: the walked dossiers cloned up to the replay size, the raw limit, then the JPA
	 * read models rebuilt by an app without Elasticsearch (so the audit processor does
	 * not compete): all together, then each alone.
	 */
	private void replay(BenchPostgres postgres) {
		long events = this.events;
		System.out.println("2. Replay, raw limit: sequential scan + batched inserts");
		ReadModelRebuild.GroupReplay rawReplay = new RawReplayLimit(postgres).run(this.settings.replayTimeout());
		System.out.println("  " + rawReplay.describe());
		this.table.note("Raw replay: " + rawReplay.describe());
		List<String> groups;
		try (AppProcess app = startReplayApp("app-replay-jpa", postgres);
				MemorySampler sampler = new MemorySampler(app)) {
			ReadModelRebuild readModels = new ReadModelRebuild(app.http(), postgres);
			groups = readModels.groups()
				.stream()
				.filter((group) -> !group.equals(AUDIT_GROUP) && !group.equals(LEDGER_SEALS_GROUP))
				.toList();
			settle(readModels, List.of());
			if (this.settings.runs(Phase.REPLAY)) {
				System.out.println("2. Replay: the JPA read models rebuilt together");
				ReadModelRebuild.Result together = readModels.rebuild(groups, this.settings.replayTimeout());
				together.groups().forEach((group) -> System.out.println("  " + group.describe()));
				remember("replay, JPA read models together", sampler);
				ReadModelRebuild.GroupReplay slowest = together.slowest();
				this.table.compare(
						String.format("2. Replay, %,d events into %d JPA read models together (slowest: %s)%s", events,
								groups.size(), slowest.group(), together.caughtUp() ? "" : ", time limit hit"),
						slowest.perSecond(), "events/s", rawReplay.perSecond(), "events/s", "≥ 20,000/s");
				together.groups().forEach((group) -> this.table.note("Replay together: " + group.describe()));
				this.table.note("Dead letters after the JPA replay: " + readModels.deadLetters());
			}
		}
		if (this.settings.runs(Phase.REPLAY_ALONE)) {
			System.out.println("2. Replay: each JPA read model rebuilt alone");
			for (String group : groups) {
				// An app per read model: one that hit its time limit would go on
				// replaying
				// beside the next.
				try (AppProcess app = startReplayApp("app-replay-" + group, postgres);
						MemorySampler sampler = new MemorySampler(app)) {
					ReadModelRebuild readModels = new ReadModelRebuild(app.http(), postgres);
					settle(readModels, List.of());
					ReadModelRebuild.GroupReplay alone = readModels
						.rebuild(List.of(group), this.settings.replayAloneTimeout())
						.slowest();
					System.out.println("  " + alone.describe());
					this.table.compare(
							String.format("2. Replay, %,d events into %s alone%s", events, group,
									alone.caughtUp() ? "" : ", time limit hit"),
							alone.perSecond(), "events/s", rawReplay.perSecond(), "events/s", "≥ 20,000/s");
					remember("replay, " + group + " alone", sampler);
				}
			}
		}
	}

	private AppProcess startReplayApp(String name, BenchPostgres postgres) {
		return startApp(name, postgres, Map.of("dossier-ledger.elasticsearch.embedded.enabled", "false"));
	}

	/**
	 * 3: the audit index rebuilt, then the raw {@code _bulk} limit on the same server.
	 */
	private void rebuildAuditIndex(BenchPostgres postgres) {
		System.out.println("3. Elasticsearch: the audit index rebuilt, then raw _bulk");
		try (AppProcess app = startApp("app-replay-audit", postgres, Map.of());
				MemorySampler sampler = new MemorySampler(app)) {
			ReadModelRebuild readModels = new ReadModelRebuild(app.http(), postgres);
			// The audit index is rebuilt from the start anyway: waiting for it to
			// reach the clones first would only double the phase.
			settle(readModels, List.of(AUDIT_GROUP));
			SearchCpu rebuildCpu = SearchCpu.from(app);
			ReadModelRebuild.GroupReplay audit = readModels.rebuild(List.of(AUDIT_GROUP), this.settings.auditTimeout())
				.slowest();
			String rebuildCost = rebuildCpu.perDocument(audit.events());
			System.out.println("  " + audit.describe() + "; " + rebuildCost);
			remember("replay, audit index", sampler);
			// A limit is the best Elasticsearch does: each kind twice, in alternation
			// (whichever runs first after the rebuild was measured up to a third slower).
			RawBulkLimit raw = new RawBulkLimit(app.elasticsearch());
			RawBulkLimit.Export export = raw.export(this.settings.rawBulkDocuments(), this.settings.bulkSize());
			Measured copies = null;
			Measured bulk = null;
			for (int round = 1; round <= 2; round++) {
				copies = faster(copies,
						measure(app, "copies of 1,000 documents (rounds 1-6)",
								() -> raw.sampleCopies(this.settings.rawBulkDocuments(), this.settings.bulkSize(),
										this.settings.bulkClients())));
				bulk = faster(bulk, measure(app, "the rebuilt documents",
						() -> raw.rebuiltDocuments(export, this.settings.bulkClients())));
			}
			String copiesCost = copies.cost();
			String bulkCost = bulk.cost();
			this.table.note("CPU per audit document: rebuild " + rebuildCost + "; raw `_bulk` " + bulkCost
					+ "; raw `_bulk` of copies of 1,000 documents " + copiesCost);
			this.table.compare(
					String.format("3. Audit documents indexed during a rebuild of %s%s", AUDIT_GROUP,
							audit.caughtUp() ? "" : " (time limit hit)"),
					audit.perSecond(), "docs/s", bulk.result().perSecond(), "docs/s", "≥ 50 % of raw");
			this.table.note(String.format(
					"Raw `_bulk` of copies of 1,000 documents under sequential ids (the raw limit of rounds 1–6), best of two: %s (rebuild / copies: %.0f %%)",
					copies.result().describe(), 100 * audit.perSecond() / copies.result().perSecond()));
			this.table.note("Raw `_bulk` of the rebuilt documents themselves (best of two): " + bulk.result().describe()
					+ ", " + this.settings.bulkSize() + " per request, " + this.settings.bulkClients() + " clients");
		}
	}

	private static Measured measure(AppProcess app, String what, Supplier<RawBulkLimit.Result> run) {
		SearchCpu cpu = SearchCpu.from(app);
		RawBulkLimit.Result result = run.get();
		Measured measured = new Measured(result, cpu.perDocument(result.documents()));
		System.out.println("  raw _bulk of " + what + ": " + result.describe() + "; " + measured.cost());
		return measured;
	}

	private static Measured faster(Measured best, Measured next) {
		return (best == null || next.result().perSecond() > best.result().perSecond()) ? next : best;
	}

	/** A raw limit measured, with the CPU each document cost. */
	private record Measured(RawBulkLimit.Result result, String cost) {
	}

	/**
	 * Lets every processor of a freshly started app (but {@code rebuiltAnyway}) reach the
	 * head first — the read models behind the cloned events and the ledger seals — so
	 * that a rebuild is measured alone, not beside their catching up.
	 */
	private void settle(ReadModelRebuild readModels, List<String> rebuiltAnyway) {
		List<String> others = readModels.groups().stream().filter((group) -> !rebuiltAnyway.contains(group)).toList();
		long waitStart = System.nanoTime();
		boolean caughtUp = readModels.awaitCaughtUp(others, this.settings.replayTimeout().multipliedBy(2));
		System.out.printf("  before the rebuild: %s %s after %.0f s%n", String.join(", ", others),
				caughtUp ? "caught up" : "still behind", (System.nanoTime() - waitStart) / 1e9);
	}

	/** Operations per second if the app had every core to itself. */
	private static double ceiling(double cpuMillisEach) {
		return (cpuMillisEach == 0) ? 0 : CORES * 1000 / cpuMillisEach;
	}

	private void report() {
		this.table.figure("5. App peak heap used / peak RSS during the phases",
				String.format("%s / %s", MemorySampler.Peak.mib(this.peakHeap), MemorySampler.Peak.mib(this.peakRss)),
				"RSS ≤ 1 GiB");
		this.memory.forEach((line) -> this.table.note("Memory, " + line));
		this.table.note("Settings: " + this.settings.describe());
		String rendered = this.table.render();
		System.out.println();
		System.out.println(rendered);
		Path results = this.settings.workDir().resolve("results.md");
		this.table.writeTo(results);
		System.out.println("(also in " + results + ")");
	}

	private AppProcess startApp(String name, BenchPostgres postgres, Map<String, String> properties) {
		return AppProcess.start(name, this.settings, postgres, this.issuer, properties);
	}

	private void remember(String phase, MemorySampler sampler) {
		MemorySampler.Peak peak = sampler.takePeak();
		this.peakHeap = Math.max(this.peakHeap, peak.heapBytes());
		this.peakRss = Math.max(this.peakRss, peak.rssBytes());
		this.memory.add(phase + ": " + peak.describe());
		System.out.println("  memory, " + phase + ": " + peak.describe());
	}

	/** A fresh work directory (app logs, the embedded Elasticsearch's data, results). */
	private static void prepare(Path workDir) throws IOException {
		if (Files.exists(workDir)) {
			try (Stream<Path> paths = Files.walk(workDir)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(workDir);
	}

	private static String memTotal() {
		long bytes = 0;
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					bytes = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// no procfs
		}
		return String.format("%.1f GiB RAM", bytes / (1024.0 * 1024 * 1024));
	}

}
