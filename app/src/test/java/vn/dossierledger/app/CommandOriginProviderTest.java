package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class CommandOriginProviderTest {

	private final CommandOriginProvider provider = new CommandOriginProvider();

	@Test
	void aCommandPassesOnItsOwnIdAsCorrelationAndTheTraceItCameWith() {
		GenericCommandMessage<String> command = new GenericCommandMessage<>(
				new GenericMessage<>("receive d-1", MetaData.with("traceId", "request-7")), "receive");

		assertThat(originOf(command)).containsEntry("traceId", "request-7")
			.containsEntry("correlationId", command.getIdentifier());
	}

	@Test
	void anEventHandledInTheCommandsUnitOfWorkOrADeadlinePassesItsOriginOn() {
		GenericEventMessage<String> event = new GenericEventMessage<>("claimed d-1",
				MetaData.with("traceId", "request-7"));
		GenericDeadlineMessage<String> deadline = new GenericDeadlineMessage<>("due", "due d-1");

		assertThat(originOf(event)).containsEntry("traceId", "request-7")
			.containsEntry("correlationId", event.getIdentifier());
		assertThat(originOf(deadline)).containsEntry("correlationId", deadline.getIdentifier());
	}

	@Test
	void anEventDeliveredToAStreamingProcessorPassesNothingOn() {
		GenericTrackedEventMessage<String> delivered = new GenericTrackedEventMessage<>(
				new GlobalSequenceTrackingToken(41),
				new GenericEventMessage<>("received d-1", MetaData.with("traceId", "request-7")));

		assertThat(originOf(delivered)).isEmpty();
	}

	private Map<String, Object> originOf(Message<?> message) {
		return new HashMap<>(this.provider.correlationDataFor(message));
	}

}
