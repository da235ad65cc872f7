package vn.dossierledger.app;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * A bus's message counters and, optionally, timers under Axon's names
 * ({@code <prefix>.ingestedCounter}, {@code .successCounter}, {@code .failureCounter},
 * {@code .ignoredCounter}, {@code .processedCounter}; {@code .allTimer},
 * {@code .successTimer}, {@code .failureTimer}, {@code .ignoredTimer}), registered once
 * per payload type. Axon's {@code MessageCountingMonitor} and {@code MessageTimerMonitor}
 * build and look up every one of them in the registry for every message (profiled: about
 * 5 % of a command's request-thread CPU).
 */
final class BusMetrics implements MessageMonitor<Message<?>> {

	private static final double[] PERCENTILES = { 0.5, 0.75, 0.95, 0.98, 0.99, 0.999 };

	private static final Duration PERCENTILES_EXPIRY = Duration.ofMinutes(10);

	private final MeterRegistry meters;

	private final Clock clock;

	private final String prefix;

	private final boolean timed;

	private final Function<Message<?>, Iterable<Tag>> tags;

	private final Map<Class<?>, Meters> byPayloadType = new ConcurrentHashMap<>();

	/**
	 * @param tags the tags of a message's meters; the same for every message of a payload
	 * type
	 */
	BusMetrics(MeterRegistry meters, String prefix, boolean timed, Function<Message<?>, Iterable<Tag>> tags) {
		this.meters = meters;
		this.clock = meters.config().clock();
		this.prefix = prefix;
		this.timed = timed;
		this.tags = tags;
	}

	@Override
	public MonitorCallback onMessageIngested(Message<?> message) {
		Meters meters = this.byPayloadType.computeIfAbsent(message.getPayloadType(),
				(payloadType) -> register(this.tags.apply(message)));
		meters.ingested().increment();
		long start = this.clock.monotonicTime();
		return new MonitorCallback() {

			@Override
			public void reportSuccess() {
				meters.success().report(start);
			}

			@Override
			public void reportFailure(Throwable cause) {
				meters.failure().report(start);
			}

			@Override
			public void reportIgnored() {
				meters.ignored().report(start);
			}

		};
	}

	private Meters register(Iterable<Tag> tags) {
		Timer all = this.timed ? timer("all", tags) : null;
		Counter processed = counter("processed", tags);
		return new Meters(counter("ingested", tags), outcome("success", tags, processed, all),
				outcome("failure", tags, processed, all), outcome("ignored", tags, null, all));
	}

	/** As Axon's monitors: an ignored message is timed, but not counted as processed. */
	private Outcome outcome(String name, Iterable<Tag> tags, Counter processed, Timer all) {
		return new Outcome(counter(name, tags), processed, this.timed ? timer(name, tags) : null, all, this.clock);
	}

	private Counter counter(String name, Iterable<Tag> tags) {
		return this.meters.counter(this.prefix + "." + name + "Counter", tags);
	}

	/** With the percentiles and their expiry Axon's timers publish. */
	private Timer timer(String name, Iterable<Tag> tags) {
		return Timer.builder(this.prefix + "." + name + "Timer")
			.distributionStatisticExpiry(PERCENTILES_EXPIRY)
			.publishPercentiles(PERCENTILES)
			.tags(tags)
			.register(this.meters);
	}

	private record Meters(Counter ingested, Outcome success, Outcome failure, Outcome ignored) {
	}

	/**
	 * {@code processed} is null for the ignored outcome, the timers where the bus is only
	 * counted.
	 */
	private record Outcome(Counter counter, Counter processed, Timer timer, Timer all, Clock clock) {

		void report(long start) {
			this.counter.increment();
			if (this.processed != null) {
				this.processed.increment();
			}
			if (this.timer != null) {
				long nanos = this.clock.monotonicTime() - start;
				this.timer.record(nanos, TimeUnit.NANOSECONDS);
				this.all.record(nanos, TimeUnit.NANOSECONDS);
			}
		}

	}

}
