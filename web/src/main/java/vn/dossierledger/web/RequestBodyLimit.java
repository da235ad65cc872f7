package vn.dossierledger.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code dossier-ledger.web.max-request-body-size} with 413
 * problem+json naming the limit in bytes ({@code maxBytes}), before anything reads it:
 * Tomcat limits only form posts, so a JSON body would otherwise be read whole however
 * large. A body of declared length is judged by its Content-Length; a chunked one is read
 * up to the limit and refused once it passes it. Runs before the security filters, so
 * that no one can make the server read a huge body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestBodyLimit extends OncePerRequestFilter {

	static final String TYPE = "request-too-large";

	private final long maxBytes;

	public RequestBodyLimit(@Value("${dossier-ledger.web.max-request-body-size:2MB}") DataSize maxSize) {
		this.maxBytes = maxSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(response);
			return;
		}
		if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
			if (body.length > this.maxBytes) {
				refuse(response);
				return;
			}
			chain.doFilter(new BodyAlreadyRead(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// The client may still be sending: tell it the connection ends here.
		response.setHeader("Connection", "close");
		response.getWriter().write(problemJson(this.maxBytes));
	}

	/** The problem, written by hand: no message converter runs in a filter. */
	static String problemJson(long maxBytes) {
		return "{\"type\":\"" + Problems.TYPE_BASE + TYPE + "\",\"title\":\"Request too large\",\"status\":413,"
				+ "\"detail\":\"The request body is larger than the " + maxBytes + " bytes this API accepts; "
				+ "nothing was carried out\",\"maxBytes\":" + maxBytes + "}";
	}

}
