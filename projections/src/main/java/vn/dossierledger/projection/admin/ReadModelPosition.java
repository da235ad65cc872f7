package vn.dossierledger.projection.admin;

import java.util.List;

/**
 * Where one read model's processor stands against the head of the event store.
 *
 * @param processingGroup the processing group (its processor carries the same name)
 * @param running whether the processor is started
 * @param replaying whether a segment is replaying after a reset and has not yet handled
 * every event that existed at the reset (Axon's own flag stays up after the last of them
 * until a newer event arrives: not counted here)
 * @param error whether the processor is in error: a segment in error, a batch it keeps
 * retrying, segments it leaves unclaimed while running, its coordinator failing, or its
 * copy in a search index that cannot be written
 * ({@link vn.dossierledger.projection.MirrorStatus})
 * @param errors what is wrong, each with its cause as "type: message" where known
 * @param claimedSegments segments this instance has claimed
 * @param position the global index of the last event the slowest claimed segment has
 * passed; {@code null} while it has passed none (or has claimed no segment)
 * @param head the highest global index in the event store; {@code null} when it is empty
 * @param lag events behind the head ({@code head − position}, counting an unknown
 * position as before the first event)
 * @param caughtUp running, not in error, not replaying, with segments claimed and nothing
 * left to read: never together with {@code replaying}, so that a monitor waiting for it
 * after a rebuild does not stop early
 */
public record ReadModelPosition(String processingGroup, boolean running, boolean replaying, boolean error,
		List<String> errors, int claimedSegments, Long position, Long head, long lag, boolean caughtUp) {

	static ReadModelPosition of(String processingGroup, boolean running, boolean replaying, boolean error,
			List<String> errors, int claimedSegments, Long position, Long head, long lag) {
		return new ReadModelPosition(processingGroup, running, replaying, error, errors, claimedSegments, position,
				head, lag, running && !error && !replaying && claimedSegments > 0 && lag == 0);
	}

}
