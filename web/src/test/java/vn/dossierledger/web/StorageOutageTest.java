package vn.dossierledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class StorageOutageTest {

	@Test
	void aConnectionFailureAnywhereInTheCausesIsAnOutage() {
		SQLException refused = new SQLException("Connection refused", "08001");

		assertThat(StorageOutage.among(new IllegalStateException("wrapped", new RuntimeException(refused)))).isTrue();
		assertThat(StorageOutage.among(new SQLTransientConnectionException("pool timed out"))).isTrue();
	}

	@Test
	void aServerShuttingDownAndThePoolsBrokenConnectionAreAnOutage() {
		SQLException shutDown = new SQLException("terminating connection due to administrator command", "57P01");
		SQLException closedByThePool = new SQLException("Connection is closed");

		assertThat(StorageOutage.among(new RuntimeException(shutDown))).isTrue();
		assertThat(StorageOutage.among(new IllegalStateException("rollback failed", closedByThePool))).isTrue();
	}

	@Test
	void aRefusedStatementIsNoOutage() {
		assertThat(StorageOutage.among(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
		assertThat(StorageOutage.among(new IllegalStateException("no cause"))).isFalse();
	}

	@Test
	void theProblemSaysWhenToTryAgain() {
		assertThat(StorageOutage.problem().getStatus()).isEqualTo(503);
		assertThat(StorageOutage.headers().getFirst("Retry-After")).isEqualTo("5");
	}

}
