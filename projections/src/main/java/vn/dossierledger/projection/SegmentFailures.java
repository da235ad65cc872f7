package vn.dossierledger.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The batch failures of a processor's segments that no later batch of the segment has
 * overcome: what the processor is retrying right now. A failure is forgotten after a
 * batch of its segment succeeds, or once it has not recurred for longer than Axon's
 * longest retry back-off (another node may have taken the segment and succeeded).
 */
public final class SegmentFailures {

	/** Axon's longest wait before it claims a failed segment again is a minute. */
	static final Duration STALE_AFTER = Duration.ofMinutes(3);

	private final Map<Integer, Failure> failing = new ConcurrentHashMap<>();

	private final Clock clock;

	public SegmentFailures() {
		this(Clock.systemUTC());
	}

	public SegmentFailures(Clock clock) {
		this.clock = clock;
	}

	/** A batch of the segment failed and will be retried. */
	public void failed(int segment, Throwable failure) {
		Instant now = this.clock.instant();
		this.failing.merge(segment, new Failure(segment, now, now, 1, EventFailures.describe(failure)), (earlier,
				latest) -> new Failure(segment, earlier.since(), now, earlier.attempts() + 1, latest.cause()));
	}

	/** A batch of the segment succeeded: whatever failed before is overcome. */
	public void succeeded(int segment) {
		this.failing.remove(segment);
	}

	/** The segments failing now, by segment. */
	public List<Failure> current() {
		Instant staleBefore = this.clock.instant().minus(STALE_AFTER);
		this.failing.values().removeIf((failure) -> failure.latest().isBefore(staleBefore));
		return this.failing.values().stream().sorted(java.util.Comparator.comparingInt(Failure::segment)).toList();
	}

	/**
	 * One segment's failing batch.
	 *
	 * @param since when it first failed
	 * @param latest when it last failed
	 * @param attempts how often it failed since
	 * @param cause the latest failure's innermost cause, as "type: message"
	 */
	public record Failure(int segment, Instant since, Instant latest, int attempts, String cause) {

		/** As the admin view lists it. */
		public String describe() {
			return "segment " + this.segment + " retrying a failed batch since " + this.since + " (" + this.attempts
					+ (this.attempts == 1 ? " failure" : " failures") + "): " + this.cause;
		}

	}

}
