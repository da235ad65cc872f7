package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dossierledger.projection.controlsheet.ControlSheetRepository;
import vn.dossierledger.projection.statistics.DossierFacts;
import vn.dossierledger.projection.status.DossierStatusRepository;

/**
 * A rebuild first empties its read model: in bulk statements that also empty the element
 * collections' tables, never by loading every row into the heap (Spring Data's derived
 * {@code deleteAll} did, and a replay app ran out of memory on a million events' rows).
 * The deletes run in a transaction that is rolled back: the shared database keeps its
 * rows for the other tests.
 */
class ReadModelResetIT extends SharedLedgerTest {

	/** Each model's tables, parent last. */
	private static final List<String> TABLES = List.of("dossier_status", "control_sheet_row", "control_sheet",
			"stat_dossier_officer", "stat_step_hold", "stat_dossier_fact");

	@Autowired
	private DossierStatusRepository statusRows;

	@Autowired
	private ControlSheetRepository controlSheets;

	@Autowired
	private DossierFacts statisticsFacts;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	void emptiesEveryTableOfTheModelsWithoutLoadingTheirRows() {
		DossierWalk.submit(api()).receive().processUntilResultIssued();
		// Otherwise a projection still writing the walk inserts rows after the deletes.
		new ReadModelsAdminApi(api()).awaitAllCaughtUp(Duration.ofSeconds(30));
		assertThat(rowCounts()).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

		new TransactionTemplate(this.transactions).executeWithoutResult((transaction) -> {
			this.statusRows.deleteAll();
			this.controlSheets.deleteAll();
			this.statisticsFacts.deleteAll();
			assertThat(this.entityManager.unwrap(Session.class).getStatistics().getEntityCount())
				.as("entities loaded to be deleted")
				.isZero();
			assertThat(rowCounts()).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
			transaction.setRollbackOnly();
		});

		assertThat(rowCounts()).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
	}

	private Map<String, Long> rowCounts() {
		return TABLES.stream()
			.collect(Collectors.toMap(Function.identity(),
					(table) -> this.jdbc.queryForObject("select count(*) from " + table, Long.class)));
	}

}
