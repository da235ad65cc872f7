package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DossierTransferredEvent;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.OpinionRecordedEvent;
import vn.dossierledger.events.dossier.Recommendation;
import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.oversight.ledger.CanonicalEventEncoding;
import vn.dossierledger.oversight.ledger.LedgerVerifier;
import vn.dossierledger.oversight.ledger.VerificationReport;

/**
 * How fast the ledger verifies (goal: 100,000 events per second on two cores): 30,000
 * properly chained events of 3,000 dossiers are inserted with plain JDBC into the real
 * schema — H2 and PostgreSQL — and verified several times; the figures are printed.
 * Without a Spring context, so it costs seconds.
 */
class LedgerVerificationThroughputIT {

	private static final int DOSSIERS = 3_000;

	private static final int EVENTS_PER_DOSSIER = 10;

	private static final int ROUNDS = 5;

	private static final CanonicalEventEncoding ENCODING = new CanonicalEventEncoding();

	private static final ObjectMapper EVENT_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@Test
	void verifiesTheDemoVolumeOnH2() throws Exception {
		DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:throughput;DB_CLOSE_DELAY=-1", "sa", "");
		measure("H2", h2, "db/migration/h2/V1__event_store_and_command_side.sql");
	}

	@Test
	void verifiesTheDemoVolumeOnPostgreSql() throws Exception {
		Map<String, Object> database = EmbeddedPostgresServer.newDatabaseProperties();
		DataSource postgres = new DriverManagerDataSource((String) database.get("spring.datasource.url"), "postgres",
				"postgres");
		measure("PostgreSQL", postgres, "db/migration/postgresql/V1__event_store_and_command_side.sql");
	}

	private static void measure(String database, DataSource dataSource, String schema) throws Exception {
		// The event store, and the seal tables (empty here: this measures the chains).
		new ResourceDatabasePopulator(new ClassPathResource(schema),
				new ClassPathResource("db/migration/common/V6__ledger_seals.sql"))
			.execute(dataSource);
		seed(new JdbcTemplate(dataSource));
		int workers = Runtime.getRuntime().availableProcessors();
		LedgerVerifier verifier = new LedgerVerifier(dataSource, ENCODING, workers);
		List<Long> rates = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			VerificationReport report = verifier.verifyAll();
			assertThat(report.mismatches()).isEmpty();
			assertThat(report.eventsChecked()).isEqualTo((long) DOSSIERS * EVENTS_PER_DOSSIER);
			rates.add(report.eventsPerSecond());
		}
		List<Long> sorted = rates.stream().sorted().toList();
		System.out.printf(
				"Ledger verification on %s, %d events of %d dossiers, %d workers: best %,d events/s,"
						+ " median %,d events/s (rounds: %s)%n",
				database, DOSSIERS * EVENTS_PER_DOSSIER, DOSSIERS, workers, sorted.get(ROUNDS - 1),
				sorted.get(ROUNDS / 2), rates);
		assertThat(sorted.get(ROUNDS - 1)).isPositive();
	}

	/**
	 * Chained exactly as the ledger chains: the real event records, serialized by
	 * Jackson.
	 */
	private static void seed(JdbcTemplate jdbc) throws Exception {
		List<Object[]> rows = new ArrayList<>();
		long globalIndex = 1;
		Instant start = Instant.parse("2025-03-03T01:00:00Z");
		for (int dossier = 0; dossier < DOSSIERS; dossier++) {
			String dossierId = UUID.randomUUID().toString();
			String previous = CanonicalEventEncoding.GENESIS;
			for (int sequence = 0; sequence < EVENTS_PER_DOSSIER; sequence++) {
				Instant recordedAt = start.plusSeconds(dossier * 600L + sequence * 60L);
				Object event = sampleEvent(dossierId, sequence, recordedAt);
				byte[] payload = EVENT_JSON.writeValueAsBytes(event);
				String type = event.getClass().getName();
				String hash = ENCODING.chainValue(previous, dossierId, sequence, type, "1", recordedAt, payload);
				byte[] metadata = EVENT_JSON.writeValueAsBytes(Map.of("traceId", UUID.randomUUID().toString(),
						CanonicalEventEncoding.PREVIOUS_KEY, previous, CanonicalEventEncoding.HASH_KEY, hash));
				rows.add(new Object[] { globalIndex++, sequence, dossierId, UUID.randomUUID().toString(), "1", type,
						recordedAt.toString(), "Dossier", metadata, payload });
				previous = hash;
			}
		}
		jdbc.batchUpdate("insert into domain_event_entry (global_index, sequence_number, aggregate_identifier,"
				+ " event_identifier, payload_revision, payload_type, time_stamp, type, meta_data, payload)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	private static Object sampleEvent(String dossierId, int sequence, Instant at) {
		Actor specialist = new Actor("hn-phk-cv-0" + (sequence % 5), Role.SPECIALIST, "hn-phk-tp");
		if (sequence % 2 == 0) {
			return new OpinionRecordedEvent(dossierId, "THAM_DINH", Recommendation.APPROVE,
					"Hồ sơ đầy đủ, đúng quy định; đề nghị lãnh đạo phê duyệt.", specialist, at);
		}
		return new DossierTransferredEvent(dossierId, new Holder(specialist.id(), "hn-phk-tp", "hn-phk"),
				new Holder("hn-phk-ld-01", "hn-phk-ld", "hn-phk"), "TRINH_KY", at.plusSeconds(86_400), specialist, at);
	}

}
