package vn.dossierledger.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose Accept header is no list of media types (e.g.
 * {@code *}{@code /*;q=abc}) with 400 problem+json naming the header. Spring MVC would
 * answer it 406 and, as it cannot tell what the client accepts, with no body at all: the
 * one error of the API that would not be a problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class MalformedAcceptHeader extends OncePerRequestFilter {

	/** Written by hand: no message converter runs in a filter. */
	static final String PROBLEM = "{\"type\":\"" + Problems.TYPE_BASE + Problems.INVALID_PARAMETER
			+ "\",\"title\":\"Invalid parameter\",\"status\":400,"
			+ "\"detail\":\"The Accept header is not a list of media types, e.g. application/json\","
			+ "\"parameter\":\"Accept\"}";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Enumeration<String> accepts = request.getHeaders(HttpHeaders.ACCEPT); accepts.hasMoreElements();) {
			try {
				MediaType.parseMediaTypes(accepts.nextElement());
			}
			catch (IllegalArgumentException malformed) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter().write(PROBLEM);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
