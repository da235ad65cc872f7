package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;

import vn.dossierledger.app.MessageMetricsConfiguration.BoundedMessageMetrics;

class MessageMetricsConfigurationTest {

	private final MockClock clock = new MockClock();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry(SimpleConfig.DEFAULT, this.clock);

	private final BoundedMessageMetrics metrics = new BoundedMessageMetrics(this.meters);

	@Test
	void anEventProcessorIsTimedPerPayloadTypeAndOutcome() {
		MessageMonitor<Message<?>> status = this.metrics.monitor(PooledStreamingEventProcessor.class, "dossier-status");
		MessageMonitor<Message<?>> audit = this.metrics.monitor(PooledStreamingEventProcessor.class, "audit-history");

		status.onMessageIngested(GenericEventMessage.asEventMessage(new Received("d-1"))).reportSuccess();
		status.onMessageIngested(GenericEventMessage.asEventMessage(new Received("d-2"))).reportSuccess();
		status.onMessageIngested(GenericEventMessage.asEventMessage(new Receive("d-2"))).reportIgnored();
		audit.onMessageIngested(GenericEventMessage.asEventMessage(new Received("d-1")))
			.reportFailure(new IllegalStateException("index down"));

		assertThat(handled("dossier-status", "Received", "success")).isEqualTo(2);
		assertThat(handled("dossier-status", "Receive", "ignored")).isEqualTo(1);
		assertThat(handled("audit-history", "Received", "failure")).isEqualTo(1);
		assertThat(handled("audit-history", "Received", "success")).isZero();
	}

	@Test
	void anEventProcessorsLatencyIsHowOldTheEventItHandledLastWasWhenItGotIt() {
		MessageMonitor<Message<?>> status = this.metrics.monitor(PooledStreamingEventProcessor.class, "dossier-status");
		Gauge latency = this.meters.get("eventProcessor.latency").tag("processorName", "dossier-status").gauge();
		assertThat(latency.value()).as("before any event").isZero();

		this.clock.add(Duration.ofMinutes(10));
		status.onMessageIngested(eventRecordedMillisAgo(90_000)).reportSuccess();
		status.onMessageIngested(eventRecordedMillisAgo(4_000)).reportSuccess();

		assertThat(latency.value()).isEqualTo(4_000);
		this.clock.add(Duration.ofMinutes(1));
		assertThat(latency.value()).as("an idle processor is not late").isEqualTo(4_000);
	}

	private GenericEventMessage<Received> eventRecordedMillisAgo(long millis) {
		return new GenericEventMessage<>(UUID.randomUUID().toString(), new Received("d-1"), Map.of(),
				Instant.ofEpochMilli(this.clock.wallTime() - millis));
	}

	private long handled(String processorName, String payloadType, String outcome) {
		return this.meters.get(EventProcessorMetrics.HANDLING)
			.tag("processorName", processorName)
			.tag("payloadType", payloadType)
			.tag("outcome", outcome)
			.timer()
			.count();
	}

	@Test
	void commandsAndQueriesAreCountedAndTimedPerPayloadType() {
		this.metrics.monitor(SimpleCommandBus.class, "commandBus")
			.onMessageIngested(GenericCommandMessage.asCommandMessage(new Receive("d-1")))
			.reportSuccess();
		this.metrics.monitor(SimpleQueryBus.class, "queryBus")
			.onMessageIngested(new GenericQueryMessage<>(new FindStatus("d-1"), ResponseTypes.instanceOf(String.class)))
			.reportSuccess();

		assertThat(this.meters.get("commandBus.successTimer").tag("payloadType", "Receive").timer().count())
			.isEqualTo(1);
		assertThat(this.meters.get("queryBus.successCounter").tag("payloadType", "FindStatus").counter().count())
			.isEqualTo(1);
	}

	@Test
	void componentsWithoutMetricsGetTheNoOpMonitor() {
		assertThat(this.metrics.monitor(String.class, "anything")).isSameAs(NoOpMessageMonitor.INSTANCE);
	}

	/**
	 * Axon's own set includes a capacity gauge backed by every message of the last ten
	 * minutes; none is registered, however many messages pass.
	 */
	@Test
	void noCapacityMonitorKeepsMessagesAround() {
		MessageMonitor<Message<?>> processor = this.metrics.monitor(PooledStreamingEventProcessor.class,
				"dossier-status");
		for (int i = 0; i < 10_000; i++) {
			processor.onMessageIngested(GenericEventMessage.asEventMessage(new Received("d-" + i))).reportSuccess();
		}

		assertThat(this.meters.getMeters()).extracting((meter) -> meter.getId().getName())
			.noneMatch((name) -> name.contains("capacity"));
		assertThat(axonsDefaultMeterNames()).as("what the replaced Axon module registers")
			.anyMatch((name) -> name.endsWith(".capacity"));
	}

	private static List<String> axonsDefaultMeterNames() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new GlobalMetricRegistry(registry).registerEventProcessor("dossier-status")
			.onMessageIngested(GenericEventMessage.asEventMessage(new Received("d-1")))
			.reportSuccess();
		return registry.getMeters().stream().map(Meter::getId).map(Meter.Id::getName).toList();
	}

	private record Received(String dossierId) {
	}

	private record Receive(String dossierId) {
	}

	private record FindStatus(String dossierId) {
	}

}
