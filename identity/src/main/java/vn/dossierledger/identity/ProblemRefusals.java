package vn.dossierledger.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers a request without a valid token (401) or without the right to call (403): the
 * bearer-token scheme's {@code WWW-Authenticate} header as Spring Security sets it, and
 * the problem+json body the rest of the API writes ({@link IdentityProblemAdvice}).
 */
final class ProblemRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final AuthenticationEntryPoint bearerEntryPoint;

	private final AccessDeniedHandler bearerDeniedHandler;

	private final HandlerExceptionResolver problems;

	ProblemRefusals(AuthenticationEntryPoint bearerEntryPoint, AccessDeniedHandler bearerDeniedHandler,
			HandlerExceptionResolver problems) {
		this.bearerEntryPoint = bearerEntryPoint;
		this.bearerDeniedHandler = bearerDeniedHandler;
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
			throws IOException, ServletException {
		this.bearerEntryPoint.commence(request, response, refusal);
		this.problems.resolveException(request, response, null, refusal);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		this.bearerDeniedHandler.handle(request, response, refusal);
		this.problems.resolveException(request, response, null, refusal);
	}

}
