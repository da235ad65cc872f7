package vn.dossierledger.projection;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.AxonThreadFactory;

/**
 * The thread of a pooled streaming processor's coordinator, waiting less when the work
 * packages are full. Axon's coordinator (4.12, still 4.13) hands every work package each
 * event it reads until one of them has 1,024 waiting, then runs again 100 ms later,
 * however fast the work packages are: once they get through 1,024 events in less than
 * that, they sit idle for the rest, and a replay did not go faster with more segments
 * while the cores were half idle (bench/README.md, "Replay figures"). Here that wait is
 * {@code fullBufferBackOff}; every other delay the coordinator asks for (none, the claim
 * interval, its error back-off) is kept — unless one of them is also exactly 100 ms.
 */
final class CoordinatorExecutor extends ScheduledThreadPoolExecutor {

	/** The delay Axon's coordinator schedules its next run with when a buffer is full. */
	static final Duration AXON_FULL_BUFFER_WAIT = Duration.ofMillis(100);

	private final long fullBufferBackOffNanos;

	CoordinatorExecutor(String processorName, Duration fullBufferBackOff) {
		super(1, new AxonThreadFactory("Coordinator[" + processorName + "]"));
		this.fullBufferBackOffNanos = fullBufferBackOff.toNanos();
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
		long nanos = unit.toNanos(delay);
		return super.schedule(command, (nanos == AXON_FULL_BUFFER_WAIT.toNanos()) ? this.fullBufferBackOffNanos : nanos,
				TimeUnit.NANOSECONDS);
	}

}
