package vn.dossierledger.projection.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A status row judges a missed due date alike whether it stayed in memory (a replay's
 * batch) or was read back from its {@code timestamp(6)} column (live): events carry
 * nanoseconds, the column keeps microseconds.
 */
class DossierStatusRowTest {

	private static final Instant DUE_AS_EVENTS_CARRY_IT = Instant.parse("2026-12-08T00:30:00.123456789Z");

	private static final Instant DUE_AS_READ_BACK = Instant.parse("2026-12-08T00:30:00.123456Z");

	@Test
	void aMissOfTheDueDateInForceCountsWhenTheRowWasReadBack() {
		DossierStatusRow row = new DossierStatusRow("d-1", "code-1", null, "subj-001", null, "ONLINE",
				DUE_AS_EVENTS_CARRY_IT);
		row.dueAt(DUE_AS_READ_BACK);

		row.dueDateMissed(DUE_AS_EVENTS_CARRY_IT);
		row.applied(5, DUE_AS_EVENTS_CARRY_IT);

		assertThat(row.overdue()).isTrue();
	}

	@Test
	void theSameDueDateReadBackIsNoNewDueDate() {
		DossierStatusRow row = new DossierStatusRow("d-1", "code-1", null, "subj-001", null, "ONLINE",
				DUE_AS_EVENTS_CARRY_IT);
		row.dueAt(DUE_AS_EVENTS_CARRY_IT);
		row.dueDateMissed(DUE_AS_EVENTS_CARRY_IT);

		row.dueAt(DUE_AS_READ_BACK);
		row.applied(6, DUE_AS_EVENTS_CARRY_IT);

		assertThat(row.overdue()).isTrue();
	}

	@Test
	void aDueDateIsKeptAsItsColumnKeepsItSoThatTheDatabaseRoundsNothing() {
		DossierStatusRow row = new DossierStatusRow("d-1", "code-1", null, "subj-001", null, "ONLINE",
				DUE_AS_EVENTS_CARRY_IT);
		// A database rounding …123456789 to microseconds would keep …123457.
		row.received("2025.1", DUE_AS_EVENTS_CARRY_IT, DUE_AS_EVENTS_CARRY_IT);

		assertThat(row.dueAt()).isEqualTo(DUE_AS_READ_BACK);
		row.dueAt(DUE_AS_EVENTS_CARRY_IT);
		assertThat(row.dueAt()).isEqualTo(DUE_AS_READ_BACK);
	}

	@Test
	void aLaterDueDateClearsTheMiss() {
		DossierStatusRow row = new DossierStatusRow("d-1", "code-1", null, "subj-001", null, "ONLINE",
				DUE_AS_EVENTS_CARRY_IT);
		row.dueAt(DUE_AS_EVENTS_CARRY_IT);
		row.dueDateMissed(DUE_AS_EVENTS_CARRY_IT);

		row.dueAt(DUE_AS_EVENTS_CARRY_IT.plusSeconds(3600));
		row.applied(6, DUE_AS_EVENTS_CARRY_IT);

		assertThat(row.overdue()).isFalse();
	}

}
