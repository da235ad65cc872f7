package vn.dossierledger.projection.admin;

import java.time.Instant;
import java.util.List;

/**
 * One rebuild of read models as recorded: who asked for which groups, and how far each
 * got. Recorded before the first group is reset, so a rebuild cut short by a crash is
 * seen as unfinished and resumed ({@link RebuildOperations}).
 *
 * @param id the operation's id (a UUID)
 * @param requestedBy the administrator who asked (their token's person)
 * @param state {@link RebuildState#RUNNING} until every group is caught up or failed
 * @param finishedAt when the last group ended; {@code null} while running
 * @param groups the groups asked for, in the order they are reset
 */
public record RebuildOperation(String id, String requestedBy, Instant requestedAt, RebuildState state,
		Instant finishedAt, List<GroupRebuild> groups) {

	public RebuildOperation {
		groups = List.copyOf(groups);
	}

	public boolean finished() {
		return this.state != RebuildState.RUNNING;
	}

	/** The operation as a whole. */
	public enum RebuildState {

		/** A group is still pending, reset or replaying. */
		RUNNING,
		/** Every group caught up. */
		FINISHED,
		/** Every group ended, at least one failed (its reason is on the group). */
		FAILED

	}

}
