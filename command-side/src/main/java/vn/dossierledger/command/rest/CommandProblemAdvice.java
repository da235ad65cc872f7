package vn.dossierledger.command.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import tools.jackson.core.JacksonException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.dossierledger.command.dossier.DossierRule;
import vn.dossierledger.command.dossier.DossierRuleViolation;
import vn.dossierledger.command.dossier.FieldLimitViolation;
import vn.dossierledger.command.dossier.InvalidFieldsDetails;
import vn.dossierledger.command.dossier.RuleViolationDetails;
import vn.dossierledger.events.dossier.DossierStatus;

/**
 * RFC 7807 problem+json for every refusal of the command API: which rule was broken, and
 * the dossier's status at the time. A refused command has stored nothing.
 */
@RestControllerAdvice(assignableTypes = DossierCommandController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's global problem-details handler,
									// which handles the rest
class CommandProblemAdvice {

	static final String PROBLEM_BASE = "https://dossier-ledger.vn/problems/";

	@ExceptionHandler(CommandExecutionException.class)
	ProblemDetail commandFailed(CommandExecutionException failure) {
		Optional<RuleViolationDetails> details = failure.getDetails()
			.filter(RuleViolationDetails.class::isInstance)
			.map(RuleViolationDetails.class::cast);
		if (details.isPresent()) {
			return ruleBroken(details.get());
		}
		Optional<InvalidFieldsDetails> invalidFields = failure.getDetails()
			.filter(InvalidFieldsDetails.class::isInstance)
			.map(InvalidFieldsDetails.class::cast);
		if (invalidFields.isPresent()) {
			return invalidFields(invalidFields.get());
		}
		if (failure.getCause() instanceof AxonException axonFailure) {
			return axonFailure(axonFailure);
		}
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "command-failed", "Command failed", failure.getMessage());
	}

	@ExceptionHandler(DossierRuleViolation.class)
	ProblemDetail ruleBroken(DossierRuleViolation violation) {
		return ruleBroken(violation.details());
	}

	@ExceptionHandler(FieldLimitViolation.class)
	ProblemDetail fieldsOverLimits(FieldLimitViolation violation) {
		return invalidFields(violation.details());
	}

	@ExceptionHandler({ AggregateNotFoundException.class, ConflictingAggregateVersionException.class,
			ConcurrencyException.class })
	ProblemDetail axonFailure(AxonException failure) {
		if (failure instanceof AggregateNotFoundException notFound) {
			ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "dossier-not-found", "No such dossier",
					"No dossier " + notFound.getAggregateIdentifier());
			problem.setProperty("dossierId", notFound.getAggregateIdentifier());
			return problem;
		}
		if (failure instanceof ConflictingAggregateVersionException stale) {
			ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version", "The dossier has changed",
					"You sent version " + stale.getExpectedVersion() + " but the dossier is at version "
							+ stale.getActualVersion() + "; reload it and try again");
			problem.setProperty("expectedVersion", stale.getExpectedVersion());
			problem.setProperty("actualVersion", stale.getActualVersion());
			return problem;
		}
		return problem(HttpStatus.CONFLICT, "concurrent-update", "Concurrent update",
				"Another command changed the dossier at the same time; nothing was stored, try again");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail uniquenessRace(DataIntegrityViolationException failure) {
		return problem(HttpStatus.CONFLICT, "unique-key-taken", "Key already taken",
				"A dossier code or payment transaction was claimed concurrently by another dossier; nothing was stored");
	}

	@ExceptionHandler(IfMatch.MalformedIfMatchException.class)
	ProblemDetail malformedIfMatch(IfMatch.MalformedIfMatchException failure) {
		return problem(HttpStatus.BAD_REQUEST, "malformed-if-match", "Malformed If-Match", failure.getMessage());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalidRequest(MethodArgumentNotValidException failure) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"Some fields are missing or malformed; nothing was stored");
		List<Map<String, Object>> errors = failure.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.<String, Object>of("field", error.getField(), "message",
					String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * A body that is no JSON, or whose value does not fit a field: the same 400 as for an
	 * invalid one, naming the field when the JSON reader (Jackson 3) knows which. Without
	 * this the all-in-one process answered Spring Boot's plain error JSON: the query
	 * side's own problem handlers turn Boot's global one off.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadableRequest(HttpMessageNotReadableException failure) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"The body is not readable as this command's JSON; nothing was stored");
		if (failure.getMostSpecificCause() instanceof JacksonException unreadable && !unreadable.getPath().isEmpty()) {
			problem.setProperty("errors", List
				.of(Map.<String, Object>of("field", fieldOf(unreadable.getPath()), "message", "unreadable value")));
		}
		return problem;
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

	/**
	 * Fields the command side found over their limits (a path variable, or a request the
	 * body's own validation let through): the same 400 as an invalid body.
	 */
	private static ProblemDetail invalidFields(InvalidFieldsDetails details) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"Some fields are too long; nothing was stored");
		problem.setProperty("errors",
				details.fields()
					.stream()
					.map((field) -> Map.<String, Object>of("field", field.field(), "message", field.message()))
					.toList());
		return problem;
	}

	private static ProblemDetail ruleBroken(RuleViolationDetails details) {
		DossierRule rule = DossierRule.valueOf(details.rule());
		HttpStatus status = rule.kind() == DossierRule.Kind.CONFLICT ? HttpStatus.CONFLICT
				: HttpStatus.UNPROCESSABLE_ENTITY;
		ProblemDetail problem = problem(status, rule.name().toLowerCase().replace('_', '-'),
				"Rule broken: " + rule.name(), details.message());
		problem.setProperty("rule", rule.name());
		if (details.currentStatus() != null) {
			DossierStatus current = DossierStatus.valueOf(details.currentStatus());
			problem.setProperty("currentStatus", current.name());
			problem.setProperty("currentNationalStatusCode", current.nationalCode());
			problem.setProperty("currentStatusLabel", current.vietnameseLabel());
		}
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(PROBLEM_BASE + type));
		problem.setTitle(title);
		return problem;
	}

}
