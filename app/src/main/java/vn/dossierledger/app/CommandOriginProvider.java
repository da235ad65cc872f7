package vn.dossierledger.app;

import java.util.Map;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;

/**
 * Axon's message origin — correlation and trace ids — for what is created while handling
 * a command, a query or a deadline, so a dossier's events carry the command that caused
 * them; none for events delivered to a streaming processor. Axon works out the origin of
 * every event a processor handles, deserialising the event's metadata, for a result
 * message it then discards (profiled: about a tenth of a rebuilding worker's CPU). The
 * read models and the sealer create nothing that anyone traces: the only messages they
 * emit are live status updates, sent to browsers without metadata. A processor that one
 * day sends commands from events would need the origin of its events again (Axon's
 * {@link MessageOriginProvider} as the bean).
 */
final class CommandOriginProvider implements CorrelationDataProvider {

	private final MessageOriginProvider origin = new MessageOriginProvider();

	@Override
	public Map<String, ?> correlationDataFor(Message<?> message) {
		return (message instanceof TrackedEventMessage) ? Map.of() : this.origin.correlationDataFor(message);
	}

}
