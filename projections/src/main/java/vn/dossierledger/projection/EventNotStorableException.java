package vn.dossierledger.projection;

/**
 * Why an event is in a read model's dead-letter queue although its handler ran: the read
 * model could not store what it made of the event (the write failed at flush or commit,
 * with the event processed alone). Its message names the read model and the store's own
 * reason.
 */
public class EventNotStorableException extends RuntimeException {

	private final String eventIdentifier;

	EventNotStorableException(String readModel, String eventIdentifier, Throwable cause) {
		super(readModel + " cannot store this event: " + EventFailures.describe(cause), cause);
		this.eventIdentifier = eventIdentifier;
	}

	/** The event this failure is about. */
	String eventIdentifier() {
		return this.eventIdentifier;
	}

}
