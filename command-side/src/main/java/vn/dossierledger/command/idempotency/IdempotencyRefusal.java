package vn.dossierledger.command.idempotency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import vn.dossierledger.web.Problems;

/** A retry refused for what its key says, as problem+json naming the header. */
final class IdempotencyRefusal extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	IdempotencyRefusal(HttpStatus status, String type, String title, String detail, long retryAfterSeconds) {
		super(status, namingTheHeader(Problems.of(status, type, title, detail)), null);
		if (retryAfterSeconds > 0) {
			getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		}
	}

	private static ProblemDetail namingTheHeader(ProblemDetail problem) {
		problem.setProperty("parameter", IdempotencyFilter.HEADER);
		return problem;
	}

}
