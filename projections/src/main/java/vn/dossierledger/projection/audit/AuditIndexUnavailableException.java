package vn.dossierledger.projection.audit;

/**
 * The audit index cannot be reached (no endpoint configured, server down) or refused a
 * request. Writers retry; readers answer 503.
 */
public class AuditIndexUnavailableException extends RuntimeException {

	AuditIndexUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
