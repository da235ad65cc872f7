package vn.dossierledger.query.status;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.dossierledger.web.Problems;

/**
 * problem+json for the status API's own refusals; Spring's (bad parameters) are the
 * shared advice's.
 */
@RestControllerAdvice(assignableTypes = DossierStatusController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the shared advice, which answers the rest
class StatusProblemAdvice {

	@ExceptionHandler(DossierNotFoundException.class)
	ProblemDetail notFound(DossierNotFoundException failure) {
		return Problems.of(HttpStatus.NOT_FOUND, "dossier-not-found", "No such dossier", failure.getMessage());
	}

	/** 429 naming the limit, and when to try again in {@code Retry-After} (RFC 9110). */
	@ExceptionHandler(StatusLookupLimitedException.class)
	ResponseEntity<ProblemDetail> limited(StatusLookupLimitedException refusal) {
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-lookups", "Too many lookups",
				refusal.getMessage() + "; try again in " + refusal.retryAfterSeconds() + " s");
		problem.setProperty("limit", refusal.limitName());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()))
			.body(problem);
	}

}
