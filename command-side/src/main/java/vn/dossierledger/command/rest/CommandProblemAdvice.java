package vn.dossierledger.command.rest;

import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

import vn.dossierledger.command.dossier.DossierNotFoundDetails;
import vn.dossierledger.command.dossier.DossierRule;
import vn.dossierledger.command.dossier.DossierRuleViolation;
import vn.dossierledger.command.dossier.FieldLimitViolation;
import vn.dossierledger.command.dossier.InvalidFieldsDetails;
import vn.dossierledger.command.dossier.RuleViolationDetails;
import vn.dossierledger.command.dossier.StaleVersionDetails;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.web.ApiProblemAdvice;
import vn.dossierledger.web.Problems;
import vn.dossierledger.web.StorageOutage;

/**
 * RFC 7807 problem+json for every refusal of the command API by the aggregate: which rule
 * was broken, and the dossier's status at the time. A refused command has stored nothing.
 * Unreadable and invalid bodies are the shared {@link ApiProblemAdvice}'s.
 */
@RestControllerAdvice(assignableTypes = DossierCommandController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the shared advice, which answers the rest
class CommandProblemAdvice {

	private static final Logger LOGGER = LoggerFactory.getLogger(CommandProblemAdvice.class);

	private final EventStore eventStore;

	CommandProblemAdvice(EventStore eventStore) {
		this.eventStore = eventStore;
	}

	@ExceptionHandler(CommandExecutionException.class)
	ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException failure) {
		if (StorageOutage.among(failure)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.headers(StorageOutage.headers())
				.body(StorageOutage.problem());
		}
		ProblemDetail refused = commandRefused(failure);
		return ResponseEntity.status(refused.getStatus()).body(refused);
	}

	/**
	 * A refusal is read from the failure's details, which the command side's
	 * {@code CommandRefusalInterceptor} attaches on every bus: across Axon Server the
	 * cause is only a remote description of the handler's exception.
	 */
	private ProblemDetail commandRefused(CommandExecutionException failure) {
		Object details = failure.getDetails().orElse(null);
		if (details instanceof RuleViolationDetails ruleBroken) {
			return ruleBroken(ruleBroken);
		}
		if (details instanceof InvalidFieldsDetails invalidFields) {
			return invalidFields(invalidFields);
		}
		if (details instanceof DossierNotFoundDetails notFound) {
			return dossierNotFound(notFound.dossierId());
		}
		if (details instanceof StaleVersionDetails stale) {
			return staleVersion(stale.expectedVersion(), stale.actualVersion());
		}
		if (concurrentUpdate(failure)) {
			return concurrentUpdate();
		}
		// An exception's own message may name classes and values: logged, not answered.
		LOGGER.error("Command failed", failure);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "command-failed", "Command failed",
				"The command failed on the server; nothing was stored");
	}

	/**
	 * Two commands appended to the same dossier at once: found when the events are
	 * stored, after the handler and its interceptors, so it carries no details; across
	 * Axon Server only the remote description names it.
	 */
	private static boolean concurrentUpdate(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConcurrencyException) {
				return true;
			}
			if (cause instanceof RemoteHandlingException remote && remote.getExceptionDescriptions()
				.stream()
				.anyMatch((description) -> description.startsWith(ConcurrencyException.class.getName()))) {
				return true;
			}
		}
		return false;
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
			return dossierNotFound(String.valueOf(notFound.getAggregateIdentifier()));
		}
		if (failure instanceof ConflictingAggregateVersionException stale) {
			return staleVersion(stale.getExpectedVersion(), stale.getActualVersion());
		}
		return concurrentUpdate();
	}

	private static ProblemDetail dossierNotFound(String dossierId) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "dossier-not-found", "No such dossier",
				"No dossier " + dossierId);
		problem.setProperty("dossierId", dossierId);
		return problem;
	}

	private static ProblemDetail staleVersion(long expectedVersion, long actualVersion) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version", "The dossier has changed",
				"You sent version " + expectedVersion + " but the dossier is at version " + actualVersion
						+ "; reload it and try again");
		problem.setProperty("expectedVersion", expectedVersion);
		problem.setProperty("actualVersion", actualVersion);
		return problem;
	}

	private ProblemDetail concurrentUpdate() {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrent-update", "Concurrent update",
				"Another command changed the dossier at the same time; nothing was stored, try again");
		currentVersionOfTheRequestsDossier().ifPresent((version) -> problem.setProperty("actualVersion", version));
		return problem;
	}

	/**
	 * The version of the dossier the refused request named, as stored now: the one to
	 * send back in If-Match.
	 */
	private Optional<Long> currentVersionOfTheRequestsDossier() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				|| !(attributes.getRequest()
					.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
				|| !(variables.get("dossierId") instanceof String dossierId)) {
			return Optional.empty();
		}
		return this.eventStore.lastSequenceNumberFor(dossierId);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail uniquenessRace(DataIntegrityViolationException failure) {
		return problem(HttpStatus.CONFLICT, "unique-key-taken", "Key already taken",
				"A dossier code or payment transaction was claimed concurrently by another dossier; nothing was stored");
	}

	@ExceptionHandler(IfMatch.MalformedIfMatchException.class)
	ProblemDetail malformedIfMatch(IfMatch.MalformedIfMatchException failure) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-if-match", "Malformed If-Match",
				failure.getMessage());
		problem.setProperty("parameter", HttpHeaders.IF_MATCH);
		return problem;
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
		HttpStatus status = switch (rule.kind()) {
			case CONFLICT -> HttpStatus.CONFLICT;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
		};
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
		return Problems.of(status, type, title, detail);
	}

}
