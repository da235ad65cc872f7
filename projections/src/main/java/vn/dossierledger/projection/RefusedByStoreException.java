package vn.dossierledger.projection;

/**
 * A store refused what a read model wrote for an event, for a reason in the data itself
 * (Elasticsearch: a document it cannot index). Retrying the same write never helps; the
 * event belongs in the dead-letter queue ({@link NarrowingEventProcessor}).
 */
public class RefusedByStoreException extends RuntimeException {

	public RefusedByStoreException(String message) {
		super(message);
	}

}
