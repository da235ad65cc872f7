package vn.dossierledger.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class EventFailuresTest {

	@Test
	void aValueTheDatabaseRefusesMayBeTheEvents() {
		assertThat(EventFailures.mayBeCausedByAnEvent(new TransactionSystemException("Could not commit",
				new RuntimeException("flush", new SQLException("Value too long for column", "22001")))))
			.isTrue();
		assertThat(EventFailures.mayBeCausedByAnEvent(new DataIntegrityViolationException("could not execute batch")))
			.isTrue();
	}

	@Test
	void aJdbcBatchNamesTheRefusedValueInItsNextException() {
		BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
		batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

		assertThat(EventFailures.mayBeCausedByAnEvent(new RuntimeException(batch))).isTrue();
	}

	@Test
	void aDocumentTheStoreRefusesIsTheEvents() {
		assertThat(EventFailures.mayBeCausedByAnEvent(new RefusedByStoreException("immense term"))).isTrue();
	}

	@Test
	void anUnreachableOrBusyStoreIsNeverTheEvents() {
		assertThat(EventFailures.mayBeCausedByAnEvent(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("Connection is not available", "08001"))))
			.isFalse();
		assertThat(EventFailures.mayBeCausedByAnEvent(
				new PessimisticLockingFailureException("lock timeout", new SQLException("deadlock detected", "40P01"))))
			.isFalse();
		assertThat(EventFailures.mayBeCausedByAnEvent(
				new IllegalStateException("Cannot write the audit documents", new ConnectException("refused"))))
			.isFalse();
		assertThat(EventFailures.mayBeCausedByAnEvent(new IOException("429 es_rejected_execution_exception")))
			.isFalse();
	}

	@Test
	void describesABatchFailureByTheDatabasesOwnError() {
		BatchUpdateException batch = new BatchUpdateException(
				"Batch entry 0 insert into t values ('" + "x".repeat(10_000) + "') was aborted", null, new int[0]);
		batch.setNextException(new SQLException("ERROR: value too long for type character varying(128)", "22001"));

		assertThat(EventFailures.describe(new RuntimeException("could not execute batch", batch))).isEqualTo(
				"java.sql.SQLException: ERROR: value too long for type character varying(128) (in java.lang.RuntimeException: could not execute batch)");
	}

	@Test
	void describesTheInnermostCauseShortly() {
		String described = EventFailures
			.describe(new RuntimeException("outer", new SQLException("x".repeat(10_000), "22001")));

		assertThat(described).startsWith("java.sql.SQLException: xxx")
			.endsWith("x… (in java.lang.RuntimeException: outer)")
			.hasSize("java.sql.SQLException: ".length() + EventFailures.MESSAGE_LIMIT + 1
					+ " (in java.lang.RuntimeException: outer)".length());
	}

}
