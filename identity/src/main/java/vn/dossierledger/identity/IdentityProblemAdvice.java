package vn.dossierledger.identity;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.dossierledger.web.Problems;

/**
 * Refusals of who the caller is or may be, as problem+json: {@code unauthenticated} (401:
 * no token, or one that is expired, forged or from an untrusted issuer),
 * {@code forbidden} (403: the caller may not call this) and {@code not-the-caller} (403:
 * the body names another person as the actor).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblemAdvice {

	static final String UNAUTHENTICATED = "unauthenticated";

	static final String FORBIDDEN = "forbidden";

	static final String NOT_THE_CALLER = "not-the-caller";

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated(AuthenticationException refusal) {
		String detail = (refusal instanceof InvalidBearerTokenException)
				? "The bearer token is not valid here: " + refusal.getMessage()
				: "This needs a bearer token from a trusted issuer (Authorization: Bearer …)";
		return Problems.of(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Not authenticated", detail);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException refusal) {
		return Problems.of(HttpStatus.FORBIDDEN, FORBIDDEN, "Not allowed",
				"The caller's roles do not allow this request; nothing was carried out");
	}

	@ExceptionHandler(NotTheCallerException.class)
	ProblemDetail notTheCaller(NotTheCallerException refusal) {
		ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, NOT_THE_CALLER, "Not the caller",
				refusal.getMessage());
		problem.setProperty("field", refusal.field());
		return problem;
	}

}
