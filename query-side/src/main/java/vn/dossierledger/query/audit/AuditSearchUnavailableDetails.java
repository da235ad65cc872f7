package vn.dossierledger.query.audit;

/**
 * Serializable mark of an audit query that failed because the audit index cannot be
 * reached, attached to the query failure so that the API answers 503 whichever bus
 * carried the query.
 *
 * @param failure the simple name of the search failure, for the log
 */
public record AuditSearchUnavailableDetails(String failure) {

}
