package vn.dossierledger.query.audit;

/** The audit index holds no event of this dossier (unknown, or not indexed yet). */
class AuditHistoryNotFoundException extends RuntimeException {

	AuditHistoryNotFoundException(String dossierId) {
		super("No audit history for dossier " + dossierId);
	}

}
