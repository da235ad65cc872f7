package vn.dossierledger.web;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The one mapping of Spring MVC's own refusals to problem+json for the whole API, command
 * and query side alike: an unreadable or invalid body names its fields, a malformed or
 * missing parameter names the parameter, and 404, 405, 406, 415 carry a type like every
 * other problem. It runs after the features' own advices (which answer their domain's
 * exceptions) and completes every problem written, whoever built it.
 * <p>
 * Errors outside Spring MVC (a filter, the container) end at
 * {@link ProblemErrorController} or {@link ProblemJsonErrorReportValve}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblemAdvice extends ResponseEntityExceptionHandler implements ResponseBodyAdvice<Object> {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new Problems.FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		return handleExceptionInternal(ex,
				Problems.invalidRequest("Some fields are missing or malformed; nothing was carried out", errors),
				headers, status, request);
	}

	/**
	 * A body that is no JSON, holds a key twice, or whose value does not fit a field: the
	 * same 400 as for an invalid one, naming the field when the JSON reader knows which.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = List.of();
		// The reader's exception knows the path; its own cause (a date that does not
		// parse)
		// does not.
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException unreadable && !unreadable.getPath().isEmpty()) {
				errors = List.of(new Problems.FieldError(fieldOf(unreadable.getPath()), messageOf(unreadable)));
				break;
			}
		}
		return handleExceptionInternal(ex, Problems
			.invalidRequest("The body is not readable as this request's JSON; nothing was carried out", errors),
				headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String parameter = ex.getPropertyName();
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "value";
		return handleExceptionInternal(ex,
				Problems.invalidParameter(parameter,
						"'" + ex.getValue() + "' is not a valid " + expected + " for " + parameter),
				headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, Problems.invalidParameter(ex.getParameterName(),
				"The parameter " + ex.getParameterName() + " is required"), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof MissingRequestHeaderException missingHeader) {
			return handleExceptionInternal(ex, Problems.invalidParameter(missingHeader.getHeaderName(),
					"The header " + missingHeader.getHeaderName() + " is required"), headers, status, request);
		}
		return super.handleServletRequestBindingException(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new Problems.FieldError(String.valueOf(result.getMethodParameter().getParameterName()),
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		ProblemDetail problem = Problems.invalidRequest("Some parameters are missing or malformed", errors);
		if (errors.size() == 1) {
			problem.setProperty("parameter", errors.get(0).field());
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, Problems.of(HttpStatus.NOT_FOUND, Problems.typeNameOf(404), "Not found",
				"Nothing is served at /" + ex.getResourcePath()), headers, status, request);
	}

	/**
	 * A query parameter that is no percent-encoded UTF-8 ({@code %zz}, {@code %FF}),
	 * which Tomcat refuses as the parameters are first read: a client's error, not the
	 * server's.
	 */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ResponseEntity<Object> undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException ex,
			WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_PARAMETER, "Invalid parameter",
				"A query parameter is not percent-encoded UTF-8");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A multipart body, which Spring parses before it chooses a handler: no operation of
	 * this API takes one, and one that does not parse (no boundary) must not end as a
	 * 500.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> multipart(MultipartException ex, WebRequest request) {
		return handleExceptionInternal(ex,
				Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.typeNameOf(415), "Unsupported media type",
						"No operation of this API takes a multipart body; send application/json"),
				new HttpHeaders(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
	}

	/**
	 * A controller that waits on a query (or a command) rethrows its failure wrapped: the
	 * answer is the one for the cause, which is a 500 when nothing above knows it.
	 */
	@ExceptionHandler({ CompletionException.class, ExecutionException.class })
	ResponseEntity<Object> unwrap(Exception wrapper, WebRequest request) throws Exception {
		Throwable cause = wrapper.getCause();
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (StorageOutage.among(wrapper)) {
			return handleExceptionInternal(wrapper, StorageOutage.problem(), StorageOutage.headers(),
					HttpStatus.SERVICE_UNAVAILABLE, request);
		}
		if (cause instanceof Exception known) {
			try {
				return handleException(known, request);
			}
			catch (Exception unknown) {
				// not one of Spring MVC's own: the server failed
			}
		}
		this.logger.error("Request failed", wrapper);
		return handleExceptionInternal(wrapper,
				Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.typeNameOf(500), "Internal server error",
						"The server could not answer this request"),
				new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			Problems.complete(problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	/** A problem built by a controller or a feature's advice gets what it left out. */
	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem) {
			Problems.complete(problem);
		}
		return body;
	}

	/** As Spring names a bound field: {@code documents[0].sha256}. */
	private static String fieldOf(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				field.append((field.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private static String messageOf(JacksonException unreadable) {
		if (unreadable instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
		}
		return "unreadable value";
	}

}
