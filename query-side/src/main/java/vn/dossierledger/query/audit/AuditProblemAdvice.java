package vn.dossierledger.query.audit;

import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

	private static final Logger LOGGER = LoggerFactory.getLogger(AuditProblemAdvice.class);

	/**
	 * Read from the failure's details, not its type: across Axon Server the query
	 * handler's exception arrives as a remote description, its details as they were.
	 */
	@ExceptionHandler(QueryExecutionException.class)
	ResponseEntity<ProblemDetail> queryFailed(QueryExecutionException failure) {
		if (failure.getDetails().orElse(null) instanceof AuditSearchUnavailableDetails) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "audit-index-unavailable", "Audit search unavailable",
						"The audit index (Elasticsearch) cannot be reached; the ledger itself works and the audit "
								+ "history catches up when it is back"));
		}
		// An exception's own message may name classes and values: logged, not answered.
		LOGGER.error("Audit query failed", failure);
		return ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.typeNameOf(500), "Internal server error",
					"The server could not answer this request"));
	}

	@ExceptionHandler(AuditHistoryNotFoundException.class)
	ProblemDetail notFound(AuditHistoryNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "audit-history-not-found", "No audit history", ex.getMessage());
	}

}
