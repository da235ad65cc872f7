package vn.dossierledger.app;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Grows a PostgreSQL event store seeded by the demo to benchmark size: every dossier's
 * events are copied under a fresh dossier id and code (replaced in the payload too, so
 * payload shapes and sizes stay realistic), copy after copy in the original global order.
 * Hash-chain metadata is copied as it is: a benchmark store is not verified.
 */
final class ReplayBenchmarkEvents {

	private static final String SUBMITTED = "vn.dossierledger.events.dossier.DossierSubmittedEvent";

	private final JdbcTemplate jdbc;

	ReplayBenchmarkEvents(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * A new database on the shared embedded PostgreSQL, the demo province seeded into it
	 * and its events cloned until the store holds {@code targetEvents}: the input of
	 * every replay harness.
	 */
	static SeededStore seedAndClone(int demoDossiers, long targetEvents) throws InterruptedException {
		Map<String, Object> database = EmbeddedPostgresServer.newDatabaseProperties();
		DataSource dataSource = new DriverManagerDataSource((String) database.get("spring.datasource.url"), "postgres",
				"postgres");
		long seeded = seedDemoProvince(database, demoDossiers);
		ReplayBenchmarkEvents events = new ReplayBenchmarkEvents(dataSource);
		return new SeededStore(database, dataSource, events, seeded, events.cloneUntil(targetEvents));
	}

	/**
	 * @param database the Spring properties of the database
	 * @param seeded events the demo stored
	 * @param total events in the store after cloning
	 */
	record SeededStore(Map<String, Object> database, DataSource dataSource, ReplayBenchmarkEvents events, long seeded,
			long total) {

	}

	/**
	 * The demo province through the real command path, once, with fixed seed; the
	 * application stops when the event store has been quiet for a few seconds.
	 * @return the events stored
	 */
	static long seedDemoProvince(Map<String, Object> database, int dossiers) throws InterruptedException {
		Map<String, Object> properties = new LinkedHashMap<>(database);
		properties.put("spring.profiles.active", "postgres,demo");
		properties.put("dossier-ledger.demo.enabled", true);
		properties.put("dossier-ledger.demo.dossiers", dossiers);
		properties.put("dossier-ledger.demo.days", 21);
		properties.put("dossier-ledger.demo.seed", 20_261_123);
		try (LedgerApplication application = LedgerApplication.start(properties)) {
			EventStoreRows store = application.eventStore();
			long count = -1;
			long stableSince = System.nanoTime();
			while (count <= 0 || System.nanoTime() - stableSince < Duration.ofSeconds(8).toNanos()) {
				Thread.sleep(1_000);
				long now = store.eventCount();
				if (now != count) {
					count = now;
					stableSince = System.nanoTime();
				}
			}
			return count;
		}
	}

	/**
	 * @return the events stored once at least {@code target} are
	 */
	long cloneUntil(long target) {
		long seedHead = this.jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
		this.jdbc.execute("create table bench_dossier as select aggregate_identifier as dossier_id,"
				+ " convert_from(payload, 'UTF8')::jsonb ->> 'dossierCode' as dossier_code from domain_event_entry"
				+ " where payload_type = '" + SUBMITTED + "'");
		long count = count();
		for (int copy = 1; count < target; copy++) {
			// md5 of the original id and the copy number: a valid, stable UUID.
			String newId = "md5(e.aggregate_identifier || ':" + copy + "')::uuid::text";
			this.jdbc.update("insert into domain_event_entry (global_index, sequence_number, aggregate_identifier,"
					+ " event_identifier, payload_revision, payload_type, time_stamp, type, meta_data, payload)"
					+ " select (select max(global_index) from domain_event_entry)"
					+ " + row_number() over (order by e.global_index), e.sequence_number, " + newId
					+ ", gen_random_uuid()::text, e.payload_revision, e.payload_type, e.time_stamp, e.type,"
					+ " e.meta_data, convert_to(replace(replace(convert_from(e.payload, 'UTF8'),"
					+ " e.aggregate_identifier, " + newId + "), d.dossier_code, d.dossier_code || '-" + copy
					+ "'), 'UTF8') from domain_event_entry e join bench_dossier d on d.dossier_id = e.aggregate_identifier"
					+ " where e.global_index <= ?", seedHead);
			count = count();
		}
		this.jdbc.execute("drop table bench_dossier");
		this.jdbc.queryForObject(
				"select setval('domain_event_entry_seq', (select max(global_index)" + " from domain_event_entry))",
				Long.class);
		this.jdbc.execute("analyze domain_event_entry");
		return count;
	}

	/**
	 * Every processor's token as if it had processed every event, split into
	 * {@code segments} (a power of two) — what the next start claims instead of beginning
	 * with a catch-up and with the segments it was configured with; each rebuild then
	 * replays from the first event. {@code alsoProcessors}: processors that did not run
	 * yet (the audit history while the demo seeded without Elasticsearch).
	 */
	void tokensAtHead(int segments, String... alsoProcessors) {
		long head = this.jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
		Set<String> processors = new LinkedHashSet<>(
				this.jdbc.queryForList("select distinct processor_name from token_entry", String.class));
		processors.addAll(List.of(alsoProcessors));
		this.jdbc.update("delete from token_entry");
		for (String processor : processors) {
			for (int segment = 0; segment < segments; segment++) {
				this.jdbc.update(
						"insert into token_entry (processor_name, segment, token, token_type, timestamp)"
								+ " values (?, ?, convert_to(?, 'UTF8'), ?, ?)",
						processor, segment, "{\"index\":" + head + ",\"gaps\":[]}",
						"org.axonframework.eventhandling.GapAwareTrackingToken", Instant.now().toString());
			}
		}
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
	}

}
