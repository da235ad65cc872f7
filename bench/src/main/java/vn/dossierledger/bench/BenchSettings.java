package vn.dossierledger.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's sizes and paths, from system properties ({@code -Dbench.clients=8 …}).
 * {@code -Dbench.quick=true} shrinks every size for a try-out of a few minutes; an
 * explicit property wins over both modes.
 */
record BenchSettings(boolean quick, int clients, WarmUp warmUp, Duration appendDuration, long events,
		Duration replayTimeout, Duration replayAloneTimeout, Duration auditTimeout, long rawBulkDocuments, int bulkSize,
		int bulkClients, int statusRate, WarmUp statusWarmUp, Duration statusDuration, int statusThreads,
		int statusClients, String jdbcUrl, String jdbcUser, String jdbcPassword, boolean postgresFsync, Path appJar,
		Path elasticsearchHome, Path workDir, List<String> appJvmArguments, Map<String, String> appProperties,
		Set<Phase> phases) {

	/**
	 * The optional parts of a run. Append with the chain on and the status lookups always
	 * run: they make the input of the others.
	 */
	enum Phase {

		/** Append with the hash chain off, and the raw append limit. */
		UNCHAINED,
		/**
		 * Append to a process of the commands role alone (the read side scaled out to
		 * other processes).
		 */
		COMMANDS_ONLY,
		/** The JPA read models rebuilt together, and the raw replay limit. */
		REPLAY,
		/** Each JPA read model rebuilt alone. */
		REPLAY_ALONE,
		/** The audit index rebuilt, and the raw bulk limit. */
		AUDIT,
		/**
		 * The status lookups again in fresh apps, with the lookup limits off and on in
		 * turn, twice: what the limits cost.
		 */
		LOOKUP_LIMITER

	}

	static BenchSettings fromSystemProperties() {
		boolean quick = Boolean.getBoolean("bench.quick");
		return new BenchSettings(quick, integer("bench.clients", 8),
				warmUp("bench.warmup.seconds", quick ? 5 : 60, quick), seconds("bench.append.seconds", quick ? 15 : 60),
				number("bench.events", quick ? 100_000 : 1_000_000),
				seconds("bench.replay.timeout.seconds", quick ? 120 : 300),
				seconds("bench.replay.alone.timeout.seconds", quick ? 60 : 120),
				seconds("bench.audit.timeout.seconds", quick ? 90 : 180),
				number("bench.es.raw.documents", quick ? 100_000 : 1_000_000), integer("bench.es.bulk.size", 1000),
				integer("bench.es.bulk.clients", 2), integer("bench.status.rate", 1000),
				warmUp("bench.status.warmup.seconds", quick ? 5 : 60, quick),
				seconds("bench.status.seconds", quick ? 10 : 30), integer("bench.status.threads", 64),
				integer("bench.status.clients", 4096), text("bench.jdbc.url", ""), text("bench.jdbc.user", "postgres"),
				text("bench.jdbc.password", "postgres"), Boolean.parseBoolean(text("bench.postgres.fsync", "true")),
				path("bench.app.jar", "bench.defaults.app-jar"),
				path("bench.es.home", "bench.defaults.elasticsearch-home"),
				path("bench.work.dir", "bench.defaults.work-dir"),
				List.of(text("bench.app.jvm.args", "-Xmx512m").trim().split("\\s+")),
				properties(text("bench.app.properties", "")),
				phases(text("bench.phases", "unchained,commands_only,replay,replay_alone,audit")));
	}

	/** Phases by name, separated by commas, e.g. {@code replay,audit}; blank for none. */
	static Set<Phase> phases(String list) {
		Set<Phase> phases = EnumSet.noneOf(Phase.class);
		for (String name : list.split(",")) {
			if (!name.isBlank()) {
				phases.add(Phase.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
			}
		}
		return phases;
	}

	boolean runs(Phase phase) {
		return this.phases.contains(phase);
	}

	/**
	 * Extra Spring properties for every app process, {@code key=value} separated by
	 * {@code ;}, e.g. to try a tuning before it is committed.
	 */
	static Map<String, String> properties(String list) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (String entry : list.split(";")) {
			if (!entry.isBlank()) {
				int equals = entry.indexOf('=');
				if (equals < 1) {
					throw new IllegalArgumentException("Not key=value: " + entry);
				}
				properties.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
			}
		}
		return properties;
	}

	/**
	 * At least the given property's seconds; then until the JIT settles
	 * ({@code bench.warmup.jit.percent} of one core, 5), at most
	 * {@code bench.warmup.max.seconds} (480; quick: no more than the minimum).
	 */
	private static WarmUp warmUp(String minimumKey, long minimumFallback, boolean quick) {
		Duration minimum = seconds(minimumKey, minimumFallback);
		Duration maximum = seconds("bench.warmup.max.seconds", quick ? minimum.toSeconds() : 480);
		return new WarmUp(minimum, (maximum.compareTo(minimum) < 0) ? minimum : maximum,
				Double.parseDouble(text("bench.warmup.jit.percent", "5")) / 100);
	}

	private static String text(String key, String fallback) {
		return System.getProperty(key, fallback);
	}

	private static int integer(String key, int fallback) {
		return Integer.parseInt(text(key, Integer.toString(fallback)));
	}

	private static long number(String key, long fallback) {
		return Long.parseLong(text(key, Long.toString(fallback)).replace("_", ""));
	}

	private static Duration seconds(String key, long fallback) {
		return Duration.ofSeconds(number(key, fallback));
	}

	/**
	 * An explicit path, or the one the bench module's pom passes (the reactor's layout).
	 */
	private static Path path(String key, String pomDefaultKey) {
		String value = text(key, text(pomDefaultKey, ""));
		if (value.isBlank()) {
			throw new IllegalArgumentException("Set -D" + key + " (run through Maven to get it from the build)");
		}
		return Path.of(value).toAbsolutePath();
	}

	String describe() {
		return String.format(
				"mode=%s clients=%d warmup=%ds-%ds (until the JIT is under %.0f %% of a core) append=%ds events=%,d "
						+ "replayTimeout=%ds (alone %ds) auditTimeout=%ds "
						+ "rawBulkDocuments=%,d bulkSize=%d bulkClients=%d status=%d/s for %ds after %ds+ (%d threads, "
						+ "%,d clients) " + "postgres=%s appJvm=%s appProperties=%s phases=%s",
				this.quick ? "quick" : "full", this.clients, this.warmUp.minimum().toSeconds(),
				this.warmUp.maximum().toSeconds(), 100 * this.warmUp.settledJitShare(), this.appendDuration.toSeconds(),
				this.events, this.replayTimeout.toSeconds(), this.replayAloneTimeout.toSeconds(),
				this.auditTimeout.toSeconds(), this.rawBulkDocuments, this.bulkSize, this.bulkClients, this.statusRate,
				this.statusDuration.toSeconds(), this.statusWarmUp.minimum().toSeconds(), this.statusThreads,
				this.statusClients, this.jdbcUrl.isBlank() ? "embedded (zonky)" : this.jdbcUrl,
				String.join(" ", this.appJvmArguments), this.appProperties, this.phases);
	}

}
