package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.events.dossier.command.FieldLimits.COMPONENT_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.DOCUMENTS;
import static vn.dossierledger.events.dossier.command.FieldLimits.DOSSIER_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.DOSSIER_ID;
import static vn.dossierledger.events.dossier.command.FieldLimits.FEE_NAME;
import static vn.dossierledger.events.dossier.command.FieldLimits.ISSUE;
import static vn.dossierledger.events.dossier.command.FieldLimits.LEGAL_BASIS;
import static vn.dossierledger.events.dossier.command.FieldLimits.OFFICER_ID;
import static vn.dossierledger.events.dossier.command.FieldLimits.PROCEDURE_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.REASON;
import static vn.dossierledger.events.dossier.command.FieldLimits.STEP_CODE;
import static vn.dossierledger.events.dossier.command.FieldLimits.SUBJECT_REF;
import static vn.dossierledger.events.dossier.command.FieldLimits.TRANSACTION_ID;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Every column that keeps a value taken from a command holds the longest value the
 * {@code FieldLimits} let through, in the schema the migrations build on H2 and on
 * PostgreSQL: a limit raised beyond what a column can hold fails here, not in a read
 * model at run time. (The Elasticsearch mappings are checked beside their indices.)
 */
class ReadModelsHoldFieldLimitsIT {

	/** An actor's id is an officer's id or, for applicants, a subject reference. */
	private static final int ACTOR_ID = Math.max(SUBJECT_REF, OFFICER_ID);

	/** Column ({@code table.column}) → the longest value commands can put into it. */
	private static final Map<String, Integer> COLUMNS = columns();

	@Test
	void theEmbeddedH2SchemaHoldsTheLimits() throws SQLException {
		String url = "jdbc:h2:mem:field-limits;DB_CLOSE_DELAY=-1";
		migrate(url, "sa", "", "h2");
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			assertColumnsHoldTheLimits(connection);
		}
	}

	@Test
	void thePostgresSchemaHoldsTheLimits() throws SQLException {
		Map<String, Object> database = EmbeddedPostgresServer.newDatabaseProperties();
		String url = (String) database.get("spring.datasource.url");
		String user = (String) database.get("spring.datasource.username");
		String password = (String) database.get("spring.datasource.password");
		migrate(url, user, password, "postgresql");
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			assertColumnsHoldTheLimits(connection);
		}
	}

	private static void migrate(String url, String user, String password, String vendor) {
		Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.load()
			.migrate();
	}

	private static void assertColumnsHoldTheLimits(Connection connection) throws SQLException {
		List<String> tooSmall = new ArrayList<>();
		for (Map.Entry<String, Integer> column : COLUMNS.entrySet()) {
			String[] name = column.getKey().split("\\.");
			Integer length = characterLength(connection, name[0], name[1]);
			assertThat(length).as("%s exists with a character length", column.getKey()).isNotEqualTo(-1);
			if (length != null && length < column.getValue()) {
				tooSmall
					.add(column.getKey() + " holds " + length + " characters, commands may put " + column.getValue());
			}
		}
		assertThat(tooSmall).as("columns too small for the field limits").isEmpty();
	}

	/**
	 * The column's maximum character length; {@code null} when it has none (text), -1
	 * when there is no such column.
	 */
	private static Integer characterLength(Connection connection, String table, String column) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select character_maximum_length "
				+ "from information_schema.columns where lower(table_name) = ? and lower(column_name) = ?")) {
			query.setString(1, table);
			query.setString(2, column);
			try (ResultSet found = query.executeQuery()) {
				if (!found.next()) {
					return -1;
				}
				long length = found.getLong(1);
				return found.wasNull() ? null : (int) Math.min(length, Integer.MAX_VALUE);
			}
		}
	}

	private static Map<String, Integer> columns() {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (String table : List.of("dossier_status", "control_sheet", "control_sheet_row", "stat_dossier_fact",
				"stat_dossier_officer", "stat_step_hold", "red_flag_dossier", "red_flag_event", "red_flag",
				"audit_dossier_memory", "citizen_step", "citizen_step_item", "citizen_step_fee")) {
			columns.put(table + ".dossier_id", DOSSIER_ID);
		}
		for (String table : List.of("dossier_status", "control_sheet", "red_flag_dossier", "red_flag",
				"audit_dossier_memory")) {
			columns.put(table + ".dossier_code", DOSSIER_CODE);
		}
		for (String table : List.of("dossier_status", "control_sheet", "stat_dossier_fact", "red_flag_dossier",
				"red_flag", "audit_dossier_memory")) {
			columns.put(table + ".procedure_code", PROCEDURE_CODE);
		}
		columns.put("dossier_status.applicant_ref", SUBJECT_REF);
		columns.put("dossier_status.representative_ref", SUBJECT_REF);
		columns.put("dossier_status.holder_officer_id", OFFICER_ID);
		columns.put("dossier_status.current_step", STEP_CODE);
		columns.put("citizen_step.reason", REASON);
		columns.put("citizen_step.legal_basis", LEGAL_BASIS);
		columns.put("citizen_step_item.component_code", COMPONENT_CODE);
		columns.put("citizen_step_item.issue", ISSUE);
		columns.put("citizen_step_fee.name", FEE_NAME);
		columns.put("control_sheet.applicant_ref", SUBJECT_REF);
		columns.put("control_sheet.submitter_ref", SUBJECT_REF);
		// The applicant hands the file over at receipt, a recipient takes the result.
		columns.put("control_sheet_row.giver_id", ACTOR_ID);
		columns.put("control_sheet_row.receiver_id", ACTOR_ID);
		columns.put("control_sheet_row.step_code", STEP_CODE);
		columns.put("stat_dossier_officer.officer_id", OFFICER_ID);
		columns.put("stat_step_hold.officer_id", OFFICER_ID);
		columns.put("stat_step_hold.step_code", STEP_CODE);
		columns.put("red_flag_dossier.applicant_ref", SUBJECT_REF);
		columns.put("red_flag_dossier.receiving_officer_id", OFFICER_ID);
		columns.put("red_flag_dossier.holder_officer_id", OFFICER_ID);
		// One command's documents, their component codes as an id list ",a,b,".
		columns.put("red_flag_dossier.submitted_components", DOCUMENTS * (COMPONENT_CODE + 1) + 1);
		columns.put("red_flag_event.actor_id", ACTOR_ID);
		columns.put("red_flag.subject_refs", SUBJECT_REF + 2);
		columns.put("red_flag.officer_ids", ACTOR_ID + 2);
		// The command side's set-based lookups and Axon's own tables keep them too.
		columns.put("unique_claim.claim_key", Math.max(DOSSIER_CODE, TRANSACTION_ID));
		columns.put("domain_event_entry.aggregate_identifier", DOSSIER_ID);
		columns.put("dead_letter_entry.sequence_identifier", DOSSIER_ID);
		return columns;
	}

}
