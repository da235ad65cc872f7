package vn.dossierledger.projection.audit;

import java.util.List;

/** Where audit documents go: the Elasticsearch audit index ({@link AuditIndex}). */
interface AuditDocumentStore {

	/**
	 * Writes the documents (an existing id is overwritten); throws if any is not stored,
	 * so that the batch is retried:
	 * {@link vn.dossierledger.projection.RefusedByStoreException} when Elasticsearch
	 * refuses a document for what it contains (retried one event at a time, the event is
	 * dead-lettered), {@link AuditIndexUnavailableException} otherwise.
	 */
	void write(List<AuditDocument> documents);

	/** Starts a rebuild: later writes go into a new, empty index. */
	void startRebuild();

}
