package vn.dossierledger.query.status;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.dossierledger.web.Problems;

/**
 * problem+json for the status API's own refusal; Spring's (bad parameters) are the shared
 * advice's.
 */
@RestControllerAdvice(assignableTypes = DossierStatusController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the shared advice, which answers the rest
class StatusProblemAdvice {

	@ExceptionHandler(DossierNotFoundException.class)
	ProblemDetail notFound(DossierNotFoundException failure) {
		return Problems.of(HttpStatus.NOT_FOUND, "dossier-not-found", "No such dossier", failure.getMessage());
	}

}
