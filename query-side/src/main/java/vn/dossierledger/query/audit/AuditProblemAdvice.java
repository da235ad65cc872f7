package vn.dossierledger.query.audit;

import java.net.URI;
import java.util.concurrent.CompletionException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/** problem+json for the audit API: 503 while Elasticsearch is unavailable. */
@RestControllerAdvice(assignableTypes = AuditController.class)
class AuditProblemAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(CompletionException.class)
	ProblemDetail unwrap(CompletionException ex) {
		// The query gateway may wrap the handler's exception more than once.
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof AuditSearchUnavailableException unavailable) {
				return unavailable(unavailable);
			}
			if (cause instanceof ResponseStatusException refusal) {
				return refusal.getBody();
			}
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The audit query failed");
	}

	@ExceptionHandler(AuditSearchUnavailableException.class)
	ProblemDetail unavailable(AuditSearchUnavailableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The audit index (Elasticsearch) cannot be reached; the ledger itself works and the audit history "
						+ "catches up when it is back");
		problem.setType(URI.create("https://dossier-ledger.vn/problems/audit-index-unavailable"));
		problem.setTitle("Audit search unavailable");
		return problem;
	}

	@ExceptionHandler(AuditHistoryNotFoundException.class)
	ProblemDetail notFound(AuditHistoryNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(URI.create("https://dossier-ledger.vn/problems/audit-history-not-found"));
		problem.setTitle("No audit history");
		return problem;
	}

}
