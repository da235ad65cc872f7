package vn.dossierledger.projection;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.serialization.UnknownSerializedType;

/**
 * One read model's handler for events of a type this release does not know (a newer
 * release's, a row edited by hand): it fails, so that the read model's dead-letter queue
 * parks the event and its dossier's later events with the reason, instead of Axon passing
 * over an event no handler declares and the model going on as if it had never happened.
 * One instance per read model with a dead-letter queue
 * ({@link ReadModelProcessingConfiguration}).
 */
final class UnknownEventTypes {

	private final String readModel;

	UnknownEventTypes(String readModel) {
		this.readModel = readModel;
	}

	String readModel() {
		return this.readModel;
	}

	@EventHandler
	void on(UnknownSerializedType unknown) {
		throw new UnknownEventTypeException(this.readModel, unknown.serializedType().getName());
	}

	/** Why an event of an unknown type is in the read model's dead-letter queue. */
	static class UnknownEventTypeException extends RuntimeException {

		UnknownEventTypeException(String readModel, String type) {
			super(readModel + " cannot read this event: its type " + type + " is unknown to this release");
		}

	}

}
