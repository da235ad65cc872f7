package vn.dossierledger.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The API's error answers (RFC 9457, formerly RFC 7807): every one carries a {@code type}
 * under one base, a {@code title}, the {@code status} and a {@code detail}; where a field
 * of the body is at fault {@code errors: [{field, message}]}, where a query, path or
 * header parameter is, {@code parameter}.
 */
public final class Problems {

	/** Where every problem type of the API lives. */
	public static final String TYPE_BASE = "https://dossier-ledger.vn/problems/";

	/** The type of a body that cannot be read or fails validation. */
	public static final String INVALID_REQUEST = "invalid-request";

	/** The type of a query, path or header parameter that is missing or malformed. */
	public static final String INVALID_PARAMETER = "invalid-parameter";

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(type));
		problem.setTitle(title);
		return problem;
	}

	/** A parameter at fault, named in {@code parameter}. */
	public static ProblemDetail invalidParameter(String parameter, String detail) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_PARAMETER, "Invalid parameter", detail);
		problem.setProperty("parameter", parameter);
		return problem;
	}

	/** Fields of the body at fault, in the order given, as {@code errors}. */
	public static ProblemDetail invalidRequest(String detail, List<FieldError> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request", detail);
		if (!errors.isEmpty()) {
			problem.setProperty("errors",
					errors.stream()
						.map((error) -> Map.<String, Object>of("field", error.field(), "message", error.message()))
						.toList());
		}
		return problem;
	}

	public static URI type(String name) {
		return URI.create(TYPE_BASE + name);
	}

	/**
	 * Fills in what a problem built elsewhere (Spring's own, a
	 * {@code ResponseStatusException}) may leave out: a type named after its status, a
	 * title, a detail.
	 */
	public static ProblemDetail complete(ProblemDetail problem) {
		HttpStatus status = HttpStatus.resolve(problem.getStatus());
		String reason = (status != null) ? status.getReasonPhrase() : "HTTP " + problem.getStatus();
		if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
			problem.setType(type(typeNameOf(problem.getStatus())));
		}
		if (problem.getTitle() == null || problem.getTitle().isBlank()) {
			problem.setTitle(reason);
		}
		if (problem.getDetail() == null || problem.getDetail().isBlank()) {
			problem.setDetail(reason);
		}
		return problem;
	}

	/** {@code not-found}, {@code method-not-allowed}…: the status's name. */
	public static String typeNameOf(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "http-" + status;
	}

	/** A field of the request body and what is wrong with it. */
	public record FieldError(String field, String message) {

	}

}
