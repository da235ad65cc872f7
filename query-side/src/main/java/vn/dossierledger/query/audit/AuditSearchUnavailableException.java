package vn.dossierledger.query.audit;

/** Elasticsearch cannot answer an audit query right now: 503. */
class AuditSearchUnavailableException extends RuntimeException {

	AuditSearchUnavailableException(Throwable cause) {
		super("The audit index is unavailable: " + cause.getMessage(), cause);
	}

}
