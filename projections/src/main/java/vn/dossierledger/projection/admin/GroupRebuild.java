package vn.dossierledger.projection.admin;

import java.time.Instant;

/**
 * How far one group of a {@link RebuildOperation} got.
 *
 * @param replayTarget the head of the event store (global index) when the group was
 * reset: its replay is over once every segment is past it; {@code null} before the reset
 * or when the store was empty
 * @param clearedDeadLetters letters dropped from the group's queue at the reset (the
 * replay meets their events again); {@code null} before the reset
 * @param failure why the group failed, as "type: message"; {@code null} unless
 * {@link GroupState#FAILED}
 * @param changedAt when the state last changed
 */
public record GroupRebuild(String processingGroup, GroupState state, Long replayTarget, Long clearedDeadLetters,
		String failure, Instant changedAt) {

	public boolean ended() {
		return this.state == GroupState.CAUGHT_UP || this.state == GroupState.FAILED;
	}

	/** A group's steps, in order; each is recorded once done. */
	public enum GroupState {

		/** Not reset yet: a resumption resets it. */
		PENDING,
		/**
		 * Dead letters dropped, model cleared by its reset handler, tokens moved to the
		 * start, in one transaction with this state; the processor is being restarted.
		 */
		RESET,
		/**
		 * Restarted on the reset tokens. Axon's tokens remember how far the replay got,
		 * so after a restart it goes on from there.
		 */
		REPLAYING,
		/** Every segment replayed past the target and left the replay. */
		CAUGHT_UP,
		/** The reset failed; the group was left as it was. */
		FAILED

	}

}
