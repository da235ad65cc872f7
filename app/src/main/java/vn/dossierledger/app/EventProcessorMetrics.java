package vn.dossierledger.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.monitoring.MessageMonitor;

/**
 * An event processor's metrics: the timer {@value #HANDLING}{processorName, payloadType,
 * outcome} (its count is the events handled) and the gauge
 * {@value #LATENCY}{processorName}: how old, in milliseconds, the event it handled last
 * was when it got it (Axon's meaning; an idle processor keeps its last value). Axon's
 * monitors build and look up four timers, three counters and a gauge in the registry for
 * every message (profiled: about a tenth of a rebuilding worker's CPU); here each payload
 * type's timers are registered once, and the latency is worked out when the gauge is
 * read, so the stored timestamp of an event is parsed only for the one a scrape looks at.
 */
final class EventProcessorMetrics implements MessageMonitor<EventMessage<?>> {

	static final String HANDLING = "eventProcessor.handling";

	static final String LATENCY = "eventProcessor.latency";

	private final MeterRegistry meters;

	private final Clock clock;

	private final String processorName;

	private final Map<Class<?>, Outcomes> byPayloadType = new ConcurrentHashMap<>();

	private final AtomicReference<Ingestion> lastIngested = new AtomicReference<>();

	EventProcessorMetrics(MeterRegistry meters, String processorName) {
		this.meters = meters;
		this.clock = meters.config().clock();
		this.processorName = processorName;
		Gauge.builder(LATENCY, this, EventProcessorMetrics::latencyMillis)
			.description("Age of the event the processor handled last")
			.baseUnit("milliseconds")
			.tag(MessageMetricsConfiguration.PROCESSOR_NAME, processorName)
			.register(meters);
	}

	@Override
	public MonitorCallback onMessageIngested(EventMessage<?> message) {
		this.lastIngested.lazySet(new Ingestion(message, this.clock.wallTime()));
		Outcomes outcomes = this.byPayloadType.computeIfAbsent(message.getPayloadType(), this::register);
		long start = this.clock.monotonicTime();
		return new MonitorCallback() {

			@Override
			public void reportSuccess() {
				record(outcomes.success());
			}

			@Override
			public void reportFailure(Throwable cause) {
				record(outcomes.failure());
			}

			@Override
			public void reportIgnored() {
				record(outcomes.ignored());
			}

			private void record(Timer timer) {
				timer.record(EventProcessorMetrics.this.clock.monotonicTime() - start, TimeUnit.NANOSECONDS);
			}

		};
	}

	/** 0 before the first event. */
	double latencyMillis() {
		Ingestion last = this.lastIngested.get();
		return (last != null) ? Math.max(0, last.wallTime() - last.message().getTimestamp().toEpochMilli()) : 0;
	}

	private Outcomes register(Class<?> payloadType) {
		return new Outcomes(timer(payloadType, "success"), timer(payloadType, "failure"),
				timer(payloadType, "ignored"));
	}

	private Timer timer(Class<?> payloadType, String outcome) {
		return Timer.builder(HANDLING)
			.description("Time an event processor spent handling an event")
			.tag(MessageMetricsConfiguration.PROCESSOR_NAME, this.processorName)
			.tag(MessageMetricsConfiguration.PAYLOAD_TYPE, payloadType.getSimpleName())
			.tag("outcome", outcome)
			.register(this.meters);
	}

	private record Outcomes(Timer success, Timer failure, Timer ignored) {
	}

	private record Ingestion(EventMessage<?> message, long wallTime) {
	}

}
