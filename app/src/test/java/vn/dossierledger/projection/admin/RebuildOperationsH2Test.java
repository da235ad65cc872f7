package vn.dossierledger.projection.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.axonframework.common.transaction.NoTransactionManager;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.dossierledger.projection.admin.GroupRebuild.GroupState;
import vn.dossierledger.projection.admin.ReadModelAdmin.ResetClaim;

/**
 * Rebuild operations recorded on the embedded default's database, migrated as the
 * application migrates it; the processors are the admin's, stubbed. A process killed
 * mid-way is a record left in a partial state, which a resumption carries on from where
 * it says.
 */
class RebuildOperationsH2Test {

	private static final long HEAD = 41;

	private final JdbcTemplate jdbc = migratedDatabase();

	private final RebuildRecords records = new RebuildRecords(this.jdbc);

	private final ReadModelAdmin readModels = mock(ReadModelAdmin.class);

	private final RebuildOperations rebuilds = new RebuildOperations(this.readModels, this.records,
			NoTransactionManager.INSTANCE);

	RebuildOperationsH2Test() {
		// A reset takes its step at the head of the event store and drops two letters.
		given(this.readModels.reset(anyString(), any())).willAnswer((call) -> {
			ResetClaim claim = call.getArgument(1);
			return claim.take(HEAD) ? OptionalLong.of(2) : OptionalLong.empty();
		});
	}

	@Test
	void recordsWhoAskedForWhichGroupsAndResetsEachInTurn() {
		RebuildOperation operation = this.rebuilds.rebuild(List.of("dossier-status", "red-flags"), "admin-01");

		assertThat(operation.requestedBy()).isEqualTo("admin-01");
		assertThat(operation.requestedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
		assertThat(operation.state()).isEqualTo(RebuildOperation.RebuildState.RUNNING);
		assertThat(operation.groups()).extracting(GroupRebuild::processingGroup)
			.containsExactly("dossier-status", "red-flags");
		assertThat(operation.groups()).allSatisfy((group) -> {
			assertThat(group.state()).isEqualTo(GroupState.REPLAYING);
			assertThat(group.replayTarget()).isEqualTo(HEAD);
			assertThat(group.clearedDeadLetters()).isEqualTo(2);
		});
		assertThat(this.rebuilds.operation(operation.id())).isEqualTo(operation);
	}

	@Test
	void finishesOnceEveryGroupsReplayIsOver() {
		RebuildOperation started = this.rebuilds.rebuild(List.of("dossier-status", "red-flags"), "admin-01");
		given(this.readModels.replayOver("dossier-status", HEAD)).willReturn(true);

		RebuildOperation halfway = this.rebuilds.operation(started.id());

		assertThat(halfway.groups()).extracting(GroupRebuild::state)
			.containsExactly(GroupState.CAUGHT_UP, GroupState.REPLAYING);
		assertThat(halfway.state()).isEqualTo(RebuildOperation.RebuildState.RUNNING);

		given(this.readModels.replayOver("red-flags", HEAD)).willReturn(true);
		RebuildOperation finished = this.rebuilds.operation(started.id());

		assertThat(finished.groups()).extracting(GroupRebuild::state).containsOnly(GroupState.CAUGHT_UP);
		assertThat(finished.state()).isEqualTo(RebuildOperation.RebuildState.FINISHED);
		assertThat(finished.finishedAt()).isNotNull();
		assertThat(this.records.unfinished()).doesNotContain(started.id());
	}

	@Test
	void aProcessKilledBeforeTheLaterGroupsLeavesAnUnfinishedRecordThatAResumptionCarriesOn() {
		// Killed after the first group's reset committed, before the others were reached.
		String id = UUID.randomUUID().toString();
		this.records.create(id, "admin-01", Instant.now(), List.of("dossier-status", "control-sheet", "red-flags"));
		this.records.claimReset(id, "dossier-status", HEAD, Instant.now());
		this.records.advance(id, "dossier-status", GroupState.RESET, GroupState.REPLAYING, Instant.now());

		RebuildOperation interrupted = this.rebuilds.operation(id);
		assertThat(interrupted.finished()).isFalse();
		assertThat(interrupted.groups()).extracting(GroupRebuild::state)
			.containsExactly(GroupState.REPLAYING, GroupState.PENDING, GroupState.PENDING);

		this.rebuilds.resumeUnfinished();

		verify(this.readModels, never()).reset(eq("dossier-status"), any());
		verify(this.readModels).reset(eq("control-sheet"), any());
		verify(this.readModels).reset(eq("red-flags"), any());
		given(this.readModels.replayOver(anyString(), eq(HEAD))).willReturn(true);
		RebuildOperation resumed = this.rebuilds.operation(id);
		assertThat(resumed.groups()).extracting(GroupRebuild::state).containsOnly(GroupState.CAUGHT_UP);
		assertThat(resumed.state()).isEqualTo(RebuildOperation.RebuildState.FINISHED);
	}

	@Test
	void aGroupResetJustBeforeTheProcessDiedIsCountedAsReplayingNotResetAgain() {
		String id = UUID.randomUUID().toString();
		this.records.create(id, "admin-01", Instant.now(), List.of("dossier-status"));
		this.records.claimReset(id, "dossier-status", HEAD, Instant.now());

		RebuildOperation resumed = this.rebuilds.resume(id);

		verify(this.readModels, never()).reset(anyString(), any());
		assertThat(resumed.groups()).extracting(GroupRebuild::state).containsExactly(GroupState.REPLAYING);
	}

	@Test
	void aResetStepAlreadyTakenElsewhereIsNotTakenAgain() {
		String id = UUID.randomUUID().toString();
		this.records.create(id, "admin-01", Instant.now(), List.of("dossier-status"));

		assertThat(this.records.claimReset(id, "dossier-status", HEAD, Instant.now())).isTrue();
		assertThat(this.records.claimReset(id, "dossier-status", HEAD, Instant.now())).isFalse();
		assertThat(this.records.fail(id, "dossier-status", "too late", Instant.now())).as("no failure over a reset")
			.isFalse();
	}

	@Test
	void aFailedResetIsRecordedWithItsReasonTheOtherGroupsGoOnAndTheOperationEndsFailed() {
		willThrow(new IllegalStateException("Unable to claim token 'red-flags[0]': owned by node-2"))
			.given(this.readModels)
			.reset(eq("red-flags"), any());

		RebuildOperation operation = this.rebuilds.rebuild(List.of("red-flags", "dossier-status"), "admin-01");

		GroupRebuild failed = operation.groups().get(0);
		assertThat(failed.state()).isEqualTo(GroupState.FAILED);
		assertThat(failed.failure()).contains("IllegalStateException").contains("owned by node-2");
		assertThat(operation.groups().get(1).state()).isEqualTo(GroupState.REPLAYING);

		given(this.readModels.replayOver("dossier-status", HEAD)).willReturn(true);
		assertThat(this.rebuilds.operation(operation.id()).state()).isEqualTo(RebuildOperation.RebuildState.FAILED);
	}

	@Test
	void refusesAGroupThatIsNoReadModelOrCannotBeResetBeforeRecordingAnything() {
		willThrow(new ResetNotSupportedException("ledger-seals")).given(this.readModels)
			.requireResettable("ledger-seals");

		assertThatThrownBy(() -> this.rebuilds.rebuild(List.of("dossier-status", "ledger-seals"), "admin-01"))
			.isInstanceOf(ResetNotSupportedException.class);
		assertThat(this.rebuilds.recent(10)).isEmpty();
		verify(this.readModels, never()).reset(anyString(), any());
	}

	@Test
	void listsTheNewestFirstAndKnowsNoOtherId() {
		Instant earlier = Instant.parse("2026-03-02T03:00:00Z");
		this.records.create("first", "admin-01", earlier, List.of("dossier-status"));
		this.records.create("second", "admin-02", earlier.plusSeconds(1), List.of("red-flags"));

		assertThat(this.rebuilds.recent(10)).extracting(RebuildOperation::id).containsExactly("second", "first");
		assertThat(this.rebuilds.recent(1)).extracting(RebuildOperation::id).containsExactly("second");
		assertThat(this.rebuilds.operation("first").requestedAt()).isEqualTo(earlier);
		assertThatThrownBy(() -> this.rebuilds.operation("no-such-rebuild"))
			.isInstanceOf(UnknownRebuildException.class);
		assertThatThrownBy(() -> this.rebuilds.resume("no-such-rebuild")).isInstanceOf(UnknownRebuildException.class);
	}

	private static JdbcTemplate migratedDatabase() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:rebuilds-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		return new JdbcTemplate(dataSource);
	}

}
