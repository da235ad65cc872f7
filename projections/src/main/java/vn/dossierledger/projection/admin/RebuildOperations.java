package vn.dossierledger.projection.admin;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.common.transaction.TransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dossierledger.projection.EventFailures;
import vn.dossierledger.projection.admin.GroupRebuild.GroupState;

/**
 * Rebuilds of read models as recorded operations ({@link RebuildOperation}). The
 * operation is written, every group pending, before the first group is reset; each
 * group's reset commits together with its step, so that a process killed at any point
 * leaves a record that says how far it got. An unfinished operation is carried on at
 * start-up and on demand: groups still pending are reset and replayed, groups already
 * replaying go on (Axon's tokens remember the replay's progress).
 * <p>
 * Several processes may share the tables: every step is a conditional update, and a reset
 * needs the processor's token claims, which only the process that holds them can take;
 * elsewhere the reset fails and says so. Whether a replay is over is judged where every
 * segment of the group runs.
 */
@Component
public class RebuildOperations implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(RebuildOperations.class);

	private final ReadModelAdmin readModels;

	private final RebuildRecords records;

	private final TransactionManager transactions;

	/** Wall time: an operator's record, whatever business clock the ledger runs on. */
	private final Clock clock = Clock.systemUTC();

	private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "read-model-rebuild-watcher");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean watching = new AtomicBoolean();

	RebuildOperations(ReadModelAdmin readModels, RebuildRecords records, TransactionManager transactions) {
		this.readModels = readModels;
		this.records = records;
		this.transactions = transactions;
	}

	/**
	 * Records a rebuild of the groups, then resets each in turn; their replays go on in
	 * the background.
	 * @throws UnknownReadModelException when a group is no streaming read model (nothing
	 * is recorded)
	 * @throws ResetNotSupportedException when a group's processor refuses a reset
	 * (nothing is recorded)
	 */
	public RebuildOperation rebuild(List<String> processingGroups, String requestedBy) {
		processingGroups.forEach(this.readModels::requireResettable);
		String id = UUID.randomUUID().toString();
		this.transactions
			.executeInTransaction(() -> this.records.create(id, requestedBy, this.clock.instant(), processingGroups));
		logger.info("Rebuild {} of {} asked by {}", id, processingGroups, requestedBy);
		return carryOn(id);
	}

	/** Records and starts a rebuild of every read model that can be reset. */
	public RebuildOperation rebuildAll(String requestedBy) {
		return rebuild(this.readModels.resettableGroups(), requestedBy);
	}

	/** The operation as recorded, its replays checked first. */
	public RebuildOperation operation(String id) {
		advance(id);
		return this.records.find(id).orElseThrow(() -> new UnknownRebuildException(id));
	}

	/** The newest operations first. */
	public List<RebuildOperation> recent(int limit) {
		this.records.unfinished().forEach(this::advance);
		return this.records.recent(limit);
	}

	/**
	 * Carries an unfinished operation on, as start-up does; a finished one is answered as
	 * it is.
	 */
	public RebuildOperation resume(String id) {
		if (this.records.find(id).isEmpty()) {
			throw new UnknownRebuildException(id);
		}
		logger.info("Resuming rebuild {}", id);
		return carryOn(id);
	}

	/** Carries on every unfinished operation, the oldest first. */
	public void resumeUnfinished() {
		for (String id : this.records.unfinished()) {
			logger.info("Resuming unfinished rebuild {}", id);
			carryOn(id);
		}
	}

	/**
	 * Resumes in the background once the application is ready (its processors started),
	 * then watches the replays, so that an operation finishes even if nobody reads it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void startWatching() {
		if (this.watching.compareAndSet(false, true)) {
			this.watcher.execute(() -> {
				try {
					resumeUnfinished();
				}
				catch (RuntimeException ex) {
					logger.warn("Resuming the unfinished rebuilds failed; POST /api/admin/rebuilds/{id}/resume "
							+ "carries one on", ex);
				}
			});
			this.watcher.scheduleWithFixedDelay(() -> quietly(() -> this.records.unfinished().forEach(this::advance)),
					1, 1, TimeUnit.SECONDS);
		}
	}

	/**
	 * One step per group from where the record says it is; then a look at the replays.
	 */
	synchronized RebuildOperation carryOn(String id) {
		RebuildOperation operation = this.records.find(id).orElseThrow(() -> new UnknownRebuildException(id));
		if (!operation.finished()) {
			for (GroupRebuild group : operation.groups()) {
				if (group.state() == GroupState.PENDING) {
					reset(id, group.processingGroup());
				}
				else if (group.state() == GroupState.RESET) {
					// Reset and committed, then cut short: the processor has been started
					// since (at start-up, or by the reset itself) and replays.
					this.records.advance(id, group.processingGroup(), GroupState.RESET, GroupState.REPLAYING,
							this.clock.instant());
				}
			}
			advance(id);
		}
		return this.records.find(id).orElseThrow();
	}

	private void reset(String id, String group) {
		try {
			OptionalLong cleared = this.readModels.reset(group,
					(replayTarget) -> this.records.claimReset(id, group, replayTarget, this.clock.instant()));
			if (cleared.isPresent()) {
				this.records.clearedDeadLetters(id, group, cleared.getAsLong());
				this.records.advance(id, group, GroupState.RESET, GroupState.REPLAYING, this.clock.instant());
				logger.info("Rebuild {}: {} reset, replaying", id, group);
			}
		}
		catch (RuntimeException failure) {
			String reason = EventFailures.describe(failure);
			logger.warn("Rebuild {}: resetting {} failed, the group is left as it was: {}", id, group, reason);
			this.records.fail(id, group, reason, this.clock.instant());
		}
	}

	/**
	 * Marks the groups whose replay is over, and the operation once every group ended.
	 */
	void advance(String id) {
		RebuildOperation operation = this.records.find(id).orElse(null);
		if (operation == null || operation.finished()) {
			return;
		}
		for (GroupRebuild group : operation.groups()) {
			if (group.state() == GroupState.REPLAYING && replayOver(group)) {
				this.records.advance(id, group.processingGroup(), GroupState.REPLAYING, GroupState.CAUGHT_UP,
						this.clock.instant());
				logger.info("Rebuild {}: {} caught up", id, group.processingGroup());
			}
		}
		List<GroupRebuild> groups = this.records.find(id).orElseThrow().groups();
		if (groups.stream().allMatch(GroupRebuild::ended)) {
			boolean failed = groups.stream().anyMatch((group) -> group.state() == GroupState.FAILED);
			if (this.records.finish(id,
					failed ? RebuildOperation.RebuildState.FAILED : RebuildOperation.RebuildState.FINISHED,
					this.clock.instant())) {
				logger.info("Rebuild {} {}", id, failed ? "ended with failed groups" : "finished");
			}
		}
	}

	private boolean replayOver(GroupRebuild group) {
		try {
			return this.readModels.replayOver(group.processingGroup(), group.replayTarget());
		}
		catch (UnknownReadModelException notInThisProcess) {
			return false;
		}
	}

	private static void quietly(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			// The database unreachable, or the application stopping: next time.
			logger.debug("Rebuild watcher: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.watcher.shutdownNow();
	}

}
