package vn.dossierledger.query.audit;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.dossierledger.web.Problems;

/**
 * problem+json for the audit API: 503 while Elasticsearch is unavailable, 404 for a
 * dossier without history. Spring MVC matches these also as the cause of the query
 * gateway's wrapped failure; the rest is the shared advice's.
 */
@RestControllerAdvice(assignableTypes = AuditController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the shared advice, which answers the rest
class AuditProblemAdvice {

	@ExceptionHandler(AuditSearchUnavailableException.class)
	ProblemDetail unavailable(AuditSearchUnavailableException ex) {
		return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "audit-index-unavailable", "Audit search unavailable",
				"The audit index (Elasticsearch) cannot be reached; the ledger itself works and the audit history "
						+ "catches up when it is back");
	}

	@ExceptionHandler(AuditHistoryNotFoundException.class)
	ProblemDetail notFound(AuditHistoryNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "audit-history-not-found", "No audit history", ex.getMessage());
	}

}
