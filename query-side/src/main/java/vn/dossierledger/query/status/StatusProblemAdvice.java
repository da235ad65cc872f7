package vn.dossierledger.query.status;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** problem+json for the status API, including Spring's own 400s (bad parameters). */
@RestControllerAdvice(assignableTypes = DossierStatusController.class)
class StatusProblemAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(DossierNotFoundException.class)
	ProblemDetail notFound(DossierNotFoundException failure) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, failure.getMessage());
		problem.setType(URI.create("https://dossier-ledger.vn/problems/dossier-not-found"));
		problem.setTitle("No such dossier");
		return problem;
	}

}
