package vn.dossierledger.app.persistence;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V11 on a database written before it (H2; the stored-ledger ITs run it on
 * PostgreSQL too): the red-flags model built with the wall-clock sweep is emptied and its
 * processor's tokens and dead letters are deleted, so that it replays from the first
 * event; every other read model and processor keeps what it had.
 */
class RedFlagsRebuildMigrationTest {

	private final DataSource database = new DriverManagerDataSource(
			"jdbc:h2:mem:v11-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

	private final JdbcTemplate jdbc = new JdbcTemplate(this.database);

	@Test
	void emptiesTheRedFlagsModelAndForgetsOnlyItsTokensAndDeadLetters() {
		migrateTo(lastVersionBefore("11"));
		this.jdbc.update("insert into red_flag_dossier (dossier_id, dossier_code, procedure_code, procedure_version,"
				+ " channel, applicant_ref, submitted_components, status, paused, apology_count, apology_event_ids,"
				+ " parked_threshold_at, intake_supplement_event_ids, processing_supplement_event_ids,"
				+ " specialist_opinion_recorded, electronic_result_issued, delivered, last_sequence)"
				+ " values ('d-1', 'H26-1', '1.001193', '2025.1', 'ONLINE', 'subj-1', ',', 'IN_PROCESSING', false, 0,"
				+ " ',', timestamp '2026-03-02 08:50:00', ',', ',', false, false, false, 2)");
		this.jdbc.update("insert into red_flag_event (event_id, dossier_id, sequence_number, event_type,"
				+ " business_at, recorded_at) values ('e-2', 'd-1', 2, 'DossierTransferredEvent',"
				+ " timestamp '2026-03-02 01:20:00', timestamp '2026-03-02 01:20:01')");
		this.jdbc.update("insert into red_flag (flag_id, rule_id, rule_version, rule_name, dossier_id, dossier_code,"
				+ " officer_ids, subject_refs, evidence_event_ids, score, description, raised_at, flag_open,"
				+ " revision, indexed_revision) values ('F6-1', 'F6', 1, 'Parked with one officer', 'd-1', 'H26-1',"
				+ " 'cv-1', 'subj-1', 'e-2', 0.7, 'swept', timestamp '2026-03-02 08:50:00', true, 3, 3)");
		for (String processor : List.of("red-flags", "dossier-status")) {
			for (int segment = 0; segment < 2; segment++) {
				this.jdbc.update("insert into token_entry (segment, processor_name, timestamp) values (?, ?, ?)",
						segment, processor, "2026-03-02T08:50:00Z");
			}
			this.jdbc.update(
					"insert into dead_letter_entry (enqueued_at, sequence_index, dead_letter_id,"
							+ " event_identifier, message_type, payload_type, processing_group, sequence_identifier,"
							+ " time_stamp, payload) values (timestamp '2026-03-02 08:50:00', 0, ?, 'e-2', 'event',"
							+ " 'DossierTransferredEvent', ?, 'd-1', '2026-03-02T08:50:00Z', X'7B7D')",
					"dl-" + processor, processor);
		}

		migrateTo("11");

		for (String table : List.of("red_flag", "red_flag_event", "red_flag_dossier")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
		}
		assertThat(this.jdbc.queryForList("select distinct processor_name from token_entry", String.class))
			.containsExactly("dossier-status");
		assertThat(this.jdbc.queryForList("select processing_group from dead_letter_entry", String.class))
			.containsExactly("dossier-status");
		assertThat(this.jdbc.queryForList("select lower(column_name) from information_schema.columns"
				+ " where lower(table_name) = 'red_flag_dossier' and (lower(column_name) like 'hold%'"
				+ " or lower(column_name) = 'parked_threshold_at')", String.class))
			.containsExactlyInAnyOrder("holder_officer_id", "holder_unit_id", "holder_since",
					"holder_transfer_event_id", "holder_transfer_sequence", "holding_limit_at",
					"holding_limit_event_id", "holding_limit_factor");
	}

	private void migrateTo(String version) {
		flyway().target(version).load().migrate();
	}

	/** Other migrations may be numbered between the ones of this branch: the last one. */
	private String lastVersionBefore(String version) {
		MigrationVersion limit = MigrationVersion.fromVersion(version);
		return Arrays.stream(flyway().load().info().all())
			.map(MigrationInfo::getVersion)
			.filter((candidate) -> candidate.compareTo(limit) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow()
			.getVersion();
	}

	private FluentConfiguration flyway() {
		return Flyway.configure()
			.dataSource(this.database)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2");
	}

}
