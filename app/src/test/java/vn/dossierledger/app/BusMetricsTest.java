package vn.dossierledger.app;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meters must be Axon's own — the same names, tags, counts and times for the same
 * messages — registered once per payload type instead of per message.
 */
class BusMetricsTest {

	private static final Function<Message<?>, Iterable<Tag>> PAYLOAD_TYPE = (message) -> Tags.of("payloadType",
			message.getPayloadType().getSimpleName());

	private final MockClock clock = new MockClock();

	private final MeterRegistry axons = new SimpleMeterRegistry(SimpleConfig.DEFAULT, this.clock);

	private final MeterRegistry ours = new SimpleMeterRegistry(SimpleConfig.DEFAULT, this.clock);

	@Test
	void countsAndTimesEveryOutcomeAsAxonsMonitorsDo() {
		MessageMonitor<Message<?>> axon = new MultiMessageMonitor<>(
				List.of(MessageCountingMonitor.buildMonitor("commandBus", this.axons, PAYLOAD_TYPE),
						MessageTimerMonitor.builder()
							.meterNamePrefix("commandBus")
							.meterRegistry(this.axons)
							.clock(this.clock)
							.tagsBuilder(PAYLOAD_TYPE)
							.build()));
		MessageMonitor<Message<?>> bus = new BusMetrics(this.ours, "commandBus", true, PAYLOAD_TYPE);

		sendTheSameMessages(axon, bus);

		assertThat(this.ours.getMeters()).hasSize(this.axons.getMeters().size());
		assertThat(readings(this.ours)).isEqualTo(readings(this.axons))
			.containsKeys("commandBus.successTimer[payloadType=Receive]",
					"commandBus.ignoredCounter[payloadType=Transfer]");
	}

	@Test
	void countsAnUntimedBusAsAxonsCountingMonitorDoes() {
		MessageMonitor<Message<?>> axon = MessageCountingMonitor.buildMonitor("eventBus", this.axons,
				(message) -> Tags.empty());
		MessageMonitor<Message<?>> bus = new BusMetrics(this.ours, "eventBus", false, (message) -> Tags.empty());

		sendTheSameMessages(axon, bus);

		assertThat(readings(this.ours)).isEqualTo(readings(this.axons))
			.containsEntry("eventBus.ingestedCounter[]", 6.0)
			.containsEntry("eventBus.processedCounter[]", 4.0);
	}

	private void sendTheSameMessages(MessageMonitor<Message<?>> axon, MessageMonitor<Message<?>> bus) {
		Object[] payloads = { new Receive("d-1"), new Receive("d-2"), new Transfer("d-1"), new Receive("d-3"),
				new Transfer("d-2"), new Transfer("d-3") };
		for (int i = 0; i < payloads.length; i++) {
			Message<?> message = GenericCommandMessage.asCommandMessage(payloads[i]);
			MonitorCallback axonCallback = axon.onMessageIngested(message);
			MonitorCallback busCallback = bus.onMessageIngested(message);
			this.clock.addSeconds(i + 1);
			switch (i % 3) {
				case 0 -> {
					axonCallback.reportSuccess();
					busCallback.reportSuccess();
				}
				case 1 -> {
					axonCallback.reportFailure(new IllegalStateException("refused"));
					busCallback.reportFailure(new IllegalStateException("refused"));
				}
				default -> {
					axonCallback.reportIgnored();
					busCallback.reportIgnored();
				}
			}
		}
	}

	/**
	 * Each meter's count, and a timer's total seconds beside it; a percentile gauge by
	 * its name and tags.
	 */
	private static Map<String, Double> readings(MeterRegistry registry) {
		Map<String, Double> readings = new TreeMap<>();
		for (Meter meter : registry.getMeters()) {
			String key = meter.getId().getName()
					+ meter.getId().getTags().toString().replace("tag(", "").replace(")", "");
			if (meter instanceof Counter counter) {
				readings.put(key, counter.count());
			}
			else if (meter instanceof Timer timer) {
				readings.put(key, (double) timer.count());
				readings.put(key + " seconds", timer.totalTime(TimeUnit.SECONDS));
			}
			else {
				// a timer's published percentile: only that it is there
				readings.put(key, Double.NaN);
			}
		}
		return readings;
	}

	private record Receive(String dossierId) {
	}

	private record Transfer(String dossierId) {
	}

}
