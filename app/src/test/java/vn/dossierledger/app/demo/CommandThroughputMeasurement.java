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
		properties.put("dossier-ledger.demo.days", 30);
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
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DossierLedgerApplication.class)
			.run(arguments)) {
			long started = System.nanoTime();
			DemoProvinceSimulator simulator = context.getBean(DemoProvinceSimulator.class);
			assertThat(simulator.awaitFinished(Duration.ofMinutes(30))).isTrue();
			double seconds = (System.nanoTime() - started) / 1e9;
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
		}
	}

}
