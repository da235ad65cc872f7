package vn.dossierledger.app.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dossierledger.app.DossierLedgerApplication;
import vn.dossierledger.app.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A throwaway measurement, not a test of the normal run (its name matches neither
 * {@code *Test} nor {@code *IT}): the demo province's lifecycle mix (about one create in
 * ten commands) pushed through the real command gateway into a fresh embedded PostgreSQL,
 * printing commands per second. Run it on purpose:
 *
 * <pre>
 * ./mvnw -o -pl app -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=CommandThroughputMeasurement -Dthroughput.dossiers=3000 -Dthroughput.threads=8 \
 *   -Dthroughput.profiles=postgres,demo
 * </pre>
 *
 * Extra application properties go in {@code -Dthroughput.args="--a=b --c=d"}.
 */
class CommandThroughputMeasurement {

	@Test
	void measuresCommandsPerSecondOfTheDemoMixOnPostgreSql() throws Exception {
		int dossiers = Integer.getInteger("throughput.dossiers", 3000);
		int threads = Integer.getInteger("throughput.threads", 8);
		Map<String, Object> properties = new LinkedHashMap<>(EmbeddedPostgresServer.newDatabaseProperties());
		properties.put("spring.profiles.active", System.getProperty("throughput.profiles", "postgres,demo"));
		properties.put("server.port", 0);
		properties.put("dossier-ledger.demo.enabled", true);
		properties.put("dossier-ledger.demo.dossiers", dossiers);
		properties.put("dossier-ledger.demo.days", 21);
		properties.put("dossier-ledger.demo.seed", 20261);
		properties.put("dossier-ledger.demo.threads", threads);
		properties.put("dossier-ledger.elasticsearch.embedded.enabled", false);
		properties.put("dossier-ledger.ledger.verification.scheduled", false);
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		String extra = System.getProperty("throughput.args", "").trim();
		if (!extra.isEmpty()) {
			arguments = java.util.stream.Stream
				.concat(java.util.Arrays.stream(arguments), java.util.Arrays.stream(extra.split("\\s+")))
				.toArray(String[]::new);
		}
		int postgresPort = Integer
			.parseInt(((String) properties.get("spring.datasource.url")).replaceAll(".*:(\\d+)/.*", "$1"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DossierLedgerApplication.class)
			.run(arguments)) {
			long started = System.nanoTime();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			// CPU is counted from the first stored event on: planning the province is not
			// the command path.
			while (jdbc.queryForList("select global_index from domain_event_entry fetch first 1 rows only").isEmpty()) {
				Thread.sleep(20);
			}
			double jvmCpuBefore = jvmCpuSeconds();
			double postgresCpuBefore = postgresCpuSeconds(postgresPort);
			DemoProvinceSimulator simulator = context.getBean(DemoProvinceSimulator.class);
			assertThat(simulator.awaitFinished(Duration.ofMinutes(30))).isTrue();
			double seconds = (System.nanoTime() - started) / 1e9;
			double jvmCpu = jvmCpuSeconds() - jvmCpuBefore;
			double postgresCpu = postgresCpuSeconds(postgresPort) - postgresCpuBefore;
			SeedingReport report = simulator.lastReport();
			long events = context.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from domain_event_entry", Long.class);
			long creates = context.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from domain_event_entry where sequence_number = 0", Long.class);
			System.out.printf("%nTHROUGHPUT dossiers=%d threads=%d profiles=%s args=[%s]%n", dossiers, threads,
					properties.get("spring.profiles.active"), extra);
			System.out.printf(
					"THROUGHPUT %d commands (%d refused, %d creates), %d events; sending took %.1f s: "
							+ "%.0f commands/s (%.1f s from ready to seeded)%n%n",
					report.commandsSent(), report.commandsRefused(), creates, events,
					report.sendingTime().toMillis() / 1000.0, report.commandsPerSecond(), seconds);
			// On a shared machine wall time says little; CPU per command is what 2 cores
			// divide.
			System.out.printf(
					"THROUGHPUT CPU while sending: application %.1f s, PostgreSQL %.1f s = %.2f ms "
							+ "per command (2 cores: at most %.0f commands/s); load average now %s%n%n",
					jvmCpu, postgresCpu, (jvmCpu + postgresCpu) * 1000 / report.commandsSent(),
					2 * report.commandsSent() / (jvmCpu + postgresCpu), loadAverage());
		}
	}

	private static double jvmCpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
	}

	/**
	 * CPU of the embedded PostgreSQL listening on the port: its postmaster (with the
	 * backends it reaped) and its live backends, from /proc (Linux).
	 */
	private static double postgresCpuSeconds(int port) throws java.io.IOException {
		long ticks = 0;
		Long postmaster = null;
		java.util.List<long[]> all = new java.util.ArrayList<>();
		try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
			for (java.nio.file.Path process : (Iterable<java.nio.file.Path>) processes::iterator) {
				if (!process.getFileName().toString().matches("\\d+")) {
					continue;
				}
				try {
					String commandLine = java.nio.file.Files.readString(process.resolve("cmdline")).replace('\0', ' ');
					String[] stat = java.nio.file.Files.readString(process.resolve("stat"))
						.replaceAll("^.*\\) ", "")
						.split(" ");
					long pid = Long.parseLong(process.getFileName().toString());
					long parent = Long.parseLong(stat[1]);
					// utime, stime, cutime, cstime are fields 14-17 (1-based), here
					// 11-14.
					all.add(new long[] { pid, parent, Long.parseLong(stat[11]) + Long.parseLong(stat[12]),
							Long.parseLong(stat[13]) + Long.parseLong(stat[14]) });
					if (commandLine.contains("postgres") && commandLine.contains("-p " + port)) {
						postmaster = pid;
					}
				}
				catch (java.io.IOException | RuntimeException ex) {
					// the process ended meanwhile
				}
			}
		}
		for (long[] process : all) {
			if (postmaster != null && process[0] == postmaster) {
				ticks += process[2] + process[3];
			}
			else if (postmaster != null && process[1] == postmaster) {
				ticks += process[2];
			}
		}
		return ticks / 100.0;
	}

	private static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

}
