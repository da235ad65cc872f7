package vn.dossierledger.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page as problem+json, in place of Spring Boot's: for what fails outside
 * Spring MVC's handlers (a filter, an exception no advice answers) and reaches the
 * servlet container's error dispatch. Whatever the client accepts, the answer is
 * problem+json, and it never repeats an exception's message.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

	@RequestMapping
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& StorageOutage.among(failure)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.headers(StorageOutage.headers())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.complete(StorageOutage.problem()));
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null)
				? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
		String detail = status.is5xxServerError() ? "The server could not answer this request"
				: status.getReasonPhrase() + ": " + pathOf(request);
		ProblemDetail problem = Problems.of(status, Problems.typeNameOf(status.value()), status.getReasonPhrase(),
				detail);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String pathOf(HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (path != null) ? path.toString() : request.getRequestURI();
	}

}
