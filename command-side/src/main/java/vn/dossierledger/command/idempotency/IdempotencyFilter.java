package vn.dossierledger.command.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import tools.jackson.databind.json.JsonMapper;
import vn.dossierledger.command.idempotency.IdempotentRequests.Claim;
import vn.dossierledger.command.idempotency.IdempotentRequest.StoredAnswer;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.web.BodyAlreadyRead;
import vn.dossierledger.web.InvalidParameterException;

/**
 * A dossier command sent again with the same {@code Idempotency-Key} by the same caller
 * has the effect of the first only, and gets the first one's answer (marked
 * {@code Idempotent-Replayed: true}). The key is held per caller; the same key for
 * another request is a 422, a retry while the first attempt still runs a 409 with
 * {@code Retry-After}. A refused attempt stored nothing and lets the key go.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final String COMMANDS = "/api/dossiers";

	/** Visible ASCII, as the IETF draft's structured string allows; a UUID fits. */
	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private final IdempotentRequests requests;

	private final HandlerExceptionResolver problems;

	private final JsonMapper json;

	IdempotencyFilter(IdempotentRequests requests, HandlerExceptionResolver problems, JsonMapper json) {
		this.requests = requests;
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(HEADER) == null
				|| !(path.equals(COMMANDS) || path.startsWith(COMMANDS + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || !caller.isAuthenticated()) {
			chain.doFilter(request, response); // refused further on, without a key to
												// keep
			return;
		}
		String key = request.getHeader(HEADER);
		if (!KEY.matcher(key).matches()) {
			refuse(request, response, new InvalidParameterException(HEADER,
					"An Idempotency-Key is 1 to 255 visible ASCII characters, e.g. a UUID"));
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Claim claim = this.requests.claim(caller.getName(), key, fingerprint(request, path, body), path);
		if (claim instanceof Claim.Claimed claimed) {
			attempt(new BodyAlreadyRead(request, body), response, chain, claimed.claimToken());
		}
		else if (claim instanceof Claim.Answered answered) {
			replay(response, answered.answer());
		}
		else if (claim instanceof Claim.CommittedUnanswered committed) {
			replay(response, recoveredAnswer(committed.request()));
		}
		else if (claim instanceof Claim.InProgress running) {
			refuse(request, response,
					new IdempotencyRefusal(HttpStatus.CONFLICT, "idempotent-request-in-progress", "Request in progress",
							"A request with this Idempotency-Key is still being handled; retry after it answers",
							running.retryAfterSeconds()));
		}
		else if (claim instanceof Claim.KeyReused reused) {
			refuse(request, response,
					new IdempotencyRefusal(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
							"Idempotency-Key reused", "This Idempotency-Key was used for another " + "request ("
									+ reused.requestPath() + "); send a new key with a new request",
							0));
		}
	}

	private void attempt(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String claimToken)
			throws IOException, ServletException {
		request.setAttribute(ClaimedRequests.CLAIM_ATTRIBUTE, claimToken);
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		boolean answered = false;
		try {
			chain.doFilter(request, answer);
			answered = true;
		}
		finally {
			if (answered && HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
				this.requests.answered(claimToken,
						new StoredAnswer(answer.getStatus(), answer.getContentType(),
								answer.getHeader(HttpHeaders.LOCATION), answer.getHeader(HttpHeaders.ETAG),
								new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8)));
			}
			else {
				this.requests.release(claimToken);
			}
			answer.copyBodyToResponse();
		}
	}

	private static void replay(HttpServletResponse response, StoredAnswer answer) throws IOException {
		response.setStatus(answer.status());
		response.setHeader(REPLAYED_HEADER, "true");
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		if (answer.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, answer.etag());
		}
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * The answer of a command whose events were stored by an attempt that died before it
	 * answered: the dossier's version and status then. A submission's lookup secret was
	 * never kept, so it cannot be shown again.
	 */
	private StoredAnswer recoveredAnswer(IdempotentRequest request) {
		DossierStatus status = DossierStatus.valueOf(request.dossierStatus());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("dossierId", request.dossierId());
		boolean submission = request.requestPath().equals(COMMANDS);
		if (submission) {
			body.put("dossierCode", request.dossierCode());
			body.put("lookupSecret", null);
		}
		body.put("version", request.version());
		body.put("status", status.name());
		body.put("nationalStatusCode", status.nationalCode());
		body.put("statusLabel", status.vietnameseLabel());
		return new StoredAnswer(submission ? HttpStatus.CREATED.value() : HttpStatus.OK.value(),
				MediaType.APPLICATION_JSON_VALUE, submission ? COMMANDS + "/" + request.dossierId() : null,
				"\"" + request.version() + "\"", this.json.writeValueAsString(body));
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Exception refusal) {
		this.problems.resolveException(request, response, null, refusal);
	}

	/** The request as sent: method, path and query, If-Match, content type and body. */
	private static String fingerprint(HttpServletRequest request, String path, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : new String[] { request.getMethod(), path, request.getQueryString(),
					request.getHeader(HttpHeaders.IF_MATCH), request.getContentType() }) {
				digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
