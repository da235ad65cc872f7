package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dossierledger.projection.controlsheet.ControlSheetProjection;
import vn.dossierledger.projection.redflag.RedFlagProjection;
import vn.dossierledger.projection.statistics.PerformanceStatisticsProjection;
import vn.dossierledger.projection.status.DossierStatusProjection;

/**
 * How fast the JPA read models are rebuilt from a large event store on PostgreSQL, with
 * the application in this JVM (for profiles and thread dumps). The raw limit of the
 * database to compare with is the bench's (its replay phase, bench/README.md). Not part
 * of the normal build — the name does not end in IT; run it on purpose:
 *
 * <pre>
 * ./mvnw -o -pl app -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=ReplayThroughputBenchmark [-Dbench.replay.events=1000000] \
 *     [-Dbench.replay.max-seconds=120] [-Dbench.replay.segments=2] \\
 *     [-Dbench.replay.configurations='axon.eventhandling.processors.dossier-status.batch-size=1;'] \\
 *     [-Dbench.replay.groups=red-flags,dossier-status] [-Dbench.replay.together=false]
 * </pre>
 *
 * The demo simulator seeds a province through the real command path once; its events are
 * cloned with SQL under fresh dossier ids and codes (payload shapes unchanged) until the
 * store holds {@code bench.replay.events}; the application is started again without the
 * demo (once per configuration of {@code bench.replay.configurations}), each read model
 * is rebuilt alone, then all of them together, and the figures are printed. A rebuild
 * still running after {@code bench.replay.max-seconds} is stopped and measured on the
 * events it got through (for slow configurations). {@code bench.replay.groups} picks the
 * read models (all four by default), {@code bench.replay.together=false} skips the
 * rebuild of all of them at once. Each figure comes with the peak heap in use and the
 * peak RSS of this JVM (the application runs in it) during that rebuild; pass
 * {@code -DargLine=-Xmx768m} to measure with the heap the benchmark gives the app.
 */
class ReplayThroughputBenchmark {

	private static final List<String> JPA_READ_MODELS = List.of(DossierStatusProjection.PROCESSING_GROUP,
			ControlSheetProjection.PROCESSING_GROUP, PerformanceStatisticsProjection.PROCESSING_GROUP,
			RedFlagProjection.PROCESSING_GROUP);

	private static final List<String> GROUPS = groups();

	private static final boolean TOGETHER = Boolean.parseBoolean(System.getProperty("bench.replay.together", "true"));

	private static final long TARGET_EVENTS = Long.getLong("bench.replay.events", 1_000_000);

	private static final int DEMO_DOSSIERS = Integer.getInteger("bench.replay.demo-dossiers", 3_000);

	private static final List<Map<String, Object>> CONFIGURATIONS = BenchmarkConfigurations
		.fromSystemProperty("bench.replay.configurations");

	private static final Duration MAX_REBUILD = Duration.ofSeconds(Long.getLong("bench.replay.max-seconds", 600));

	@Test
	void rebuildsTheJpaReadModelsFromAMillionEvents() throws Exception {
		ReplayBenchmarkEvents.SeededStore store = ReplayBenchmarkEvents.seedAndClone(DEMO_DOSSIERS, TARGET_EVENTS);
		Map<String, Object> database = store.database();
		ReplayBenchmarkEvents events = store.events();
		long seeded = store.seeded();
		long total = store.total();

		List<String> lines = new ArrayList<>();
		report(lines, String.format("Replay benchmark: %,d events (%,d seeded by the demo, the rest cloned), %d cores",
				total, seeded, Runtime.getRuntime().availableProcessors()));
		for (Map<String, Object> configuration : CONFIGURATIONS) {
			report(lines, "  configuration " + (configuration.isEmpty() ? "(application defaults)" : configuration));
			Map<String, Object> properties = new LinkedHashMap<>(database);
			properties.putAll(configuration);
			events.tokensAtHead(Integer.parseInt(System.getProperty("bench.replay.segments", "2")));
			try (LedgerApplication application = LedgerApplication.start(properties)) {
				measure(new ReadModelRebuilds(application, MAX_REBUILD), lines);
			}
		}
		report(lines, rowVersions(store.dataSource()));
		System.out.println("Summary");
		lines.forEach(System.out::println);
		assertThat(total).isGreaterThanOrEqualTo(seeded);
	}

	private static void measure(ReadModelRebuilds rebuilds, List<String> lines) throws InterruptedException {
		for (String group : GROUPS) {
			ReadModelRebuilds.Outcome alone = rebuilds.alone(group);
			report(lines, String.format("    %-24s alone: %s, %s", group, alone, rebuilds.memory()));
		}
		if (!TOGETHER || GROUPS.size() < 2) {
			return;
		}
		long started = System.nanoTime();
		Map<String, ReadModelRebuilds.Outcome> together = rebuilds.together(GROUPS);
		// From the first rebuild's start to the last one's end (within one poll).
		long wall = Math.max(1, Duration.ofNanos(System.nanoTime() - started).toMillis());
		long processed = together.values().stream().mapToLong(ReadModelRebuilds.Outcome::events).sum();
		together
			.forEach((group, outcome) -> report(lines, String.format("    %-24s with the others: %s", group, outcome)));
		report(lines, String.format("    all %d together: %,d model-events/s (%,d model-events in %,d ms), %s",
				together.size(), Math.round(processed * 1000.0 / wall), processed, wall, rebuilds.memory()));
	}

	/**
	 * Row versions PostgreSQL wrote into the per-dossier tables during the whole run
	 * (demo included), and the share kept on the same page without index entries
	 * (heap-only).
	 */
	private static String rowVersions(DataSource dataSource) {
		StringBuilder line = new StringBuilder("  updates (heap-only share):");
		new JdbcTemplate(dataSource).query("""
				select relname, n_tup_upd, n_tup_hot_upd from pg_stat_user_tables
				where relname in ('dossier_status', 'control_sheet', 'stat_dossier_fact', 'red_flag_dossier')
				order by relname""", (row) -> {
			long updates = row.getLong("n_tup_upd");
			line.append(String.format(" %s %,d (%.0f %%)", row.getString("relname"), updates,
					100.0 * row.getLong("n_tup_hot_upd") / Math.max(1, updates)));
		});
		return line.toString();
	}

	/** Printed at once (a long run shows progress) and again in the summary. */
	private static void report(List<String> lines, String line) {
		System.out.println(line);
		lines.add(line);
	}

	private static List<String> groups() {
		String groups = System.getProperty("bench.replay.groups", "");
		return groups.isBlank() ? JPA_READ_MODELS
				: Arrays.stream(groups.split(",")).map(String::trim).filter((group) -> !group.isEmpty()).toList();
	}

}
