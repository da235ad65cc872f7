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
 * Refuses media-type headers that Spring MVC cannot answer as a problem: an Accept header
 * that is no list of media types (e.g. {@code *}{@code /*;q=abc}) is 400 naming it, where
 * Spring would answer 406 with no body at all, as it cannot tell what the client accepts;
 * a Content-Type that is no single concrete media type (a wildcard such as
 * {@code *}{@code /*}) is 415 naming it, where Spring fails with a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class MalformedMediaTypeHeaders extends OncePerRequestFilter {

	/** Written by hand: no message converter runs in a filter. */
	static final String MALFORMED_ACCEPT = "{\"type\":\"" + Problems.TYPE_BASE + Problems.INVALID_PARAMETER
			+ "\",\"title\":\"Invalid parameter\",\"status\":400,"
			+ "\"detail\":\"The Accept header is not a list of media types, e.g. application/json\","
			+ "\"parameter\":\"Accept\"}";

	static final String MALFORMED_CONTENT_TYPE = "{\"type\":\"" + Problems.TYPE_BASE + Problems.typeNameOf(415)
			+ "\",\"title\":\"Unsupported media type\",\"status\":415,"
			+ "\"detail\":\"The Content-Type is not one concrete media type; send application/json\","
			+ "\"parameter\":\"Content-Type\"}";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Enumeration<String> accepts = request.getHeaders(HttpHeaders.ACCEPT); accepts.hasMoreElements();) {
			try {
				MediaType.parseMediaTypes(accepts.nextElement());
			}
			catch (IllegalArgumentException malformed) {
				refuse(response, HttpStatus.BAD_REQUEST, MALFORMED_ACCEPT);
				return;
			}
		}
		String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
		if (contentType != null && !contentType.isBlank() && !concrete(contentType)) {
			refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, MALFORMED_CONTENT_TYPE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean concrete(String contentType) {
		try {
			return MediaType.parseMediaType(contentType).isConcrete();
		}
		catch (IllegalArgumentException malformed) {
			// Spring MVC answers an unparseable one 415 itself.
			return true;
		}
	}

	private static void refuse(HttpServletResponse response, HttpStatus status, String problem) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(problem);
	}

}
