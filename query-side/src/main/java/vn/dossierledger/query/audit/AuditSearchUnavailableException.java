package vn.dossierledger.query.audit;

import org.axonframework.queryhandling.QueryExecutionException;

/**
 * Elasticsearch cannot answer an audit query right now: 503. A query execution failure
 * with {@link AuditSearchUnavailableDetails}, which cross a distributed query bus (Axon
 * Server) where the exception itself arrives only as a remote description.
 */
class AuditSearchUnavailableException extends QueryExecutionException {

	AuditSearchUnavailableException(Throwable cause) {
		super("The audit index is unavailable: " + cause.getMessage(), cause,
				new AuditSearchUnavailableDetails(cause.getClass().getSimpleName()));
	}

}
