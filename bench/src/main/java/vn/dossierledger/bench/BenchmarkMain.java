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
import java.util.stream.Stream;

/**
 * The whole benchmark in one run (README "Benchmark"): the bench process is the load
 * generator and starts PostgreSQL; the app runs as a separate process (the repackaged
 * jar, profile {@code postgres}) and is restarted between phases that need another
 * set-up.
 * <ol>
 * <li>Append through REST with the hash chain off, then the raw JDBC limit, then with the
 * chain on (that app also serves 4).</li>
 * <li>Status lookups at a fixed rate.</li>
 * <li>The store cloned up to the replay size; the raw replay limit; the JPA read models
 * rebuilt by an app without Elasticsearch (so the audit processor does not compete).</li>
 * <li>The audit index rebuilt by an app with Elasticsearch, then the raw {@code _bulk}
 * limit on the same server.</li>
 * </ol>
 * Memory is sampled throughout, per phase.
 */
public final class BenchmarkMain {

	private static final String AUDIT_GROUP = "audit-history";

	/** The ledger's own processor: never rebuilt (seals are published history). */
	private static final String LEDGER_SEALS_GROUP = "ledger-seals";

	private static final String STATUS_GROUP = "dossier-status";

	private final BenchSettings settings;

	private final ResultTable table = new ResultTable();

	private final List<String> memory = new ArrayList<>();

	private long peakHeap;

	private long peakRss;

	private BenchmarkMain(BenchSettings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws IOException {
		BenchSettings settings = BenchSettings.fromSystemProperties();
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
		ClosedLoop.Outcome unchained;
		System.out.println("1. Append through REST, hash chain off");
		try (AppProcess app = startApp("app-chaining-off", postgres,
				Map.of("dossier-ledger.ledger.chaining.enabled", "false"));
				MemorySampler sampler = new MemorySampler(app)) {
			unchained = new AppendLoad(app.http()).run(this.settings.clients(), this.settings.warmup(),
					this.settings.appendDuration());
			System.out.println("  " + unchained.describe("commands"));
			remember("append, chain off", sampler);
		}

		System.out.println("1. Append, raw limit: JDBC, one row per transaction");
		ClosedLoop.Outcome raw = new RawAppendLimit(postgres).run(this.settings.clients(), this.settings.warmup(),
				this.settings.appendDuration());
		System.out.println("  " + raw.describe("rows"));

		System.out.println("1. Append through REST, hash chain on; 4. status lookups");
		ClosedLoop.Outcome chained;
		StatusLookupLoad.Result status;
		try (AppProcess app = startApp("app-append-status", postgres, Map.of());
				MemorySampler sampler = new MemorySampler(app)) {
			AppendLoad append = new AppendLoad(app.http());
			chained = append.run(this.settings.clients(), this.settings.warmup(), this.settings.appendDuration());
			System.out.println("  " + chained.describe("commands"));
			remember("append, chain on", sampler);
			ReadModelRebuild readModels = new ReadModelRebuild(app.http(), postgres);
			long waitStart = System.nanoTime();
			boolean caughtUp = readModels.awaitCaughtUp(List.of(STATUS_GROUP), Duration.ofMinutes(5));
			System.out.printf("  %s %s after %.0f s%n", STATUS_GROUP, caughtUp ? "caught up" : "still behind",
					(System.nanoTime() - waitStart) / 1e9);
			remember("read models catching up", sampler);
			status = new StatusLookupLoad(app.http(), append.tickets()).run(this.settings.statusRate(),
					this.settings.statusDuration(), this.settings.statusThreads());
			System.out.println("  " + status.describe());
			remember("status lookups", sampler);
		}

		System.out.println("2. Replay input: the walked dossiers cloned");
		long events = new EventCloner(postgres).cloneUpTo(this.settings.events());
		System.out.println("2. Replay, raw limit: sequential scan + batched inserts");
		ReadModelRebuild.GroupReplay rawReplay = new RawReplayLimit(postgres).run(this.settings.replayTimeout());
		System.out.println("  " + rawReplay.describe());

		System.out.println("2. Replay: the JPA read models rebuilt (app without Elasticsearch)");
		ReadModelRebuild.Result replay;
		long deadLetters;
		try (AppProcess app = startApp("app-replay-jpa", postgres,
				Map.of("dossier-ledger.elasticsearch.embedded.enabled", "false"));
				MemorySampler sampler = new MemorySampler(app)) {
			ReadModelRebuild readModels = new ReadModelRebuild(app.http(), postgres);
			List<String> groups = readModels.groups()
				.stream()
				.filter((group) -> !group.equals(AUDIT_GROUP) && !group.equals(LEDGER_SEALS_GROUP))
				.toList();
			replay = readModels.rebuild(groups, this.settings.replayTimeout());
			replay.groups().forEach((group) -> System.out.println("  " + group.describe()));
			deadLetters = readModels.deadLetters();
			remember("replay, JPA read models", sampler);
		}

		System.out.println("3. Elasticsearch: the audit index rebuilt, then raw _bulk");
		ReadModelRebuild.GroupReplay audit;
		RawBulkLimit.Result bulk;
		try (AppProcess app = startApp("app-replay-audit", postgres, Map.of());
				MemorySampler sampler = new MemorySampler(app)) {
			audit = new ReadModelRebuild(app.http(), postgres)
				.rebuild(List.of(AUDIT_GROUP), this.settings.auditTimeout())
				.slowest();
			System.out.println("  " + audit.describe());
			remember("replay, audit index", sampler);
			bulk = new RawBulkLimit(app.elasticsearch()).run(this.settings.rawBulkDocuments(), this.settings.bulkSize(),
					this.settings.bulkClients());
			System.out.println("  raw _bulk: " + bulk.describe());
		}

		report(unchained, raw, chained, status, events, rawReplay, replay, deadLetters, audit, bulk);
		System.out.printf("Benchmark took %.1f min%n", (System.nanoTime() - started) / 60e9);
	}

	private void report(ClosedLoop.Outcome unchained, ClosedLoop.Outcome raw, ClosedLoop.Outcome chained,
			StatusLookupLoad.Result status, long events, ReadModelRebuild.GroupReplay rawReplay,
			ReadModelRebuild.Result replay, long deadLetters, ReadModelRebuild.GroupReplay audit,
			RawBulkLimit.Result bulk) {
		int clients = this.settings.clients();
		this.table.compare(
				"1. Append, REST, " + clients + " clients, lifecycle mix (1 create : 9 on existing), chain on",
				chained.perSecond(), "commands/s", raw.perSecond(), "tx/s", "≥ 3,300/s and ≥ 50 % of raw");
		this.table.compare("1. Append, same, hash chain off", unchained.perSecond(), "commands/s", raw.perSecond(),
				"tx/s", "");
		this.table.figure("1. Hash chain: throughput with it on / with it off",
				ResultTable.percent(chained.perSecond() / unchained.perSecond()), "");
		ReadModelRebuild.GroupReplay slowest = replay.slowest();
		this.table.compare(
				String.format("2. Replay, %,d events into %d JPA read models (slowest: %s)%s", events,
						replay.groups().size(), slowest.group(), replay.caughtUp() ? "" : ", time limit hit"),
				slowest.perSecond(), "events/s", rawReplay.perSecond(), "events/s", "≥ 20,000/s");
		this.table.compare(
				String.format("3. Audit documents indexed during a rebuild of %s%s", AUDIT_GROUP,
						audit.caughtUp() ? "" : " (time limit hit)"),
				audit.perSecond(), "docs/s", bulk.perSecond(), "docs/s", "≥ 50 % of raw");
		this.table.figure(
				String.format("4. Status lookups at %,d/s (open loop, %d s): p50 / p99", status.targetRate(),
						this.settings.statusDuration().toSeconds()),
				String.format("%.1f ms / %.1f ms (%,.0f/s achieved, %,d not 200)", status.millis(50), status.millis(99),
						status.achievedPerSecond(), status.notOk()),
				"p99 ≤ 20 ms");
		this.table.figure("5. App peak heap used / peak RSS during 1–4",
				String.format("%s / %s", MemorySampler.Peak.mib(this.peakHeap), MemorySampler.Peak.mib(this.peakRss)),
				"RSS ≤ 1 GiB");
		replay.groups().forEach((group) -> this.table.note("Replay " + group.describe()));
		this.table.note("Raw replay: " + rawReplay.describe());
		this.table.note("Dead letters after the JPA replay: " + deadLetters);
		this.table.note("Raw `_bulk`: " + bulk.describe() + ", " + this.settings.bulkSize() + " per request, "
				+ this.settings.bulkClients() + " clients");
		this.table.note("Append failures: chain on " + chained.failed() + ", chain off " + unchained.failed() + ", raw "
				+ raw.failed());
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
		return AppProcess.start(name, this.settings, postgres, properties);
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
