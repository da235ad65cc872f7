package vn.dossierledger.projection.audit;

import java.util.List;

/** Where audit documents go: the Elasticsearch audit index ({@link AuditIndex}). */
interface AuditDocumentStore {

	/**
	 * Writes the documents (an existing id is overwritten); throws if any is not stored,
	 * so that the batch is retried.
	 */
	void write(List<AuditDocument> documents);

	/** Starts a rebuild: later writes go into a new, empty index. */
	void startRebuild();

}
