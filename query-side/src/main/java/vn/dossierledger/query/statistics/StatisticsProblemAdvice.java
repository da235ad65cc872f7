package vn.dossierledger.query.statistics;

import java.util.concurrent.CompletionException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * problem+json for the statistics API: bad parameters (400), unknown officers (404), also
 * when they surface from an asynchronous query result.
 */
@RestControllerAdvice(assignableTypes = StatisticsController.class)
class StatisticsProblemAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(CompletionException.class)
	ProblemDetail unwrap(CompletionException ex) {
		if (ex.getCause() instanceof ResponseStatusException refusal) {
			return refusal.getBody();
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The statistics query failed");
	}

}
