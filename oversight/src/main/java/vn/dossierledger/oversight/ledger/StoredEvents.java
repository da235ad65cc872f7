package vn.dossierledger.oversight.ledger;

import java.util.List;
import java.util.function.Consumer;

/**
 * The events as the event store holds them — payload bytes, type, revision, time and
 * chain values exactly as stored, never through Axon's upcasters or serializer — for
 * verification, the seals' check and evidence bundles. One implementation per event store
 * the application runs on: the JPA event table ({@link EventTableStoredEvents}) and Axon
 * Server ({@link AxonServerStoredEvents}).
 */
interface StoredEvents {

	/** What is read, for the report: the store and where it is. */
	String description();

	/**
	 * Hands every aggregate's events over in batches of whole aggregates, each
	 * aggregate's events ordered by sequence number; blocks until all are handed over.
	 */
	void readDossiers(Consumer<List<List<StoredEvent>>> batches);

	/**
	 * @return one dossier's events ordered by sequence number, each with its identifier;
	 * empty when none is stored
	 */
	List<IdentifiedEvent> eventsOf(String dossierId);

	/**
	 * Hands every ledger leaf over in leaf order, each with the chain value its event
	 * carries in the store now.
	 */
	void readSealedLeaves(Consumer<LeafWithStoredEvent> leaves);

	/** A stored event and the identifier of its message. */
	record IdentifiedEvent(String eventId, StoredEvent stored) {

	}

	/**
	 * A ledger leaf beside its event as stored now.
	 *
	 * @param eventStored whether the store still holds the leaf's event
	 * @param storedChainValue the {@code chain.hash} the stored event carries;
	 * {@code null} when it carries none or is not stored
	 */
	record LeafWithStoredEvent(long leafIndex, String dossierId, long sequence, String sealedChainValue,
			boolean eventStored, String storedChainValue) {

	}

}
