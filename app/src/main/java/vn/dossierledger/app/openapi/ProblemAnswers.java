package vn.dossierledger.app.openapi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import vn.dossierledger.web.Problems;

/**
 * The problem+json answers of an operation, from its shape: 400 when it takes a body or
 * parameters, 404 when its path names a dossier, 409 and 422 for a command, 429 for the
 * status lookup. Every error answer, these and those a controller declares itself, has
 * the one {@value #SCHEMA} schema as application/problem+json.
 */
final class ProblemAnswers {

	static final String SCHEMA = "ProblemDetail";

	/**
	 * The command API (command.rest) is every POST under /api/dossiers; its advice
	 * answers a conflict with the dossier's state 409 and any other broken rule 422.
	 */
	private static final String COMMANDS = "/api/dossiers";

	/** The citizen's lookup by code and secret, which answers too many tries with 429. */
	private static final String STATUS_LOOKUP = "/api/status/";

	private ProblemAnswers() {
	}

	static void document(String path, HttpMethod method, Operation operation) {
		if (operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
			add(operation, "400",
					"Invalid request: a body that cannot be read or breaks its limits (`invalid-request`, each bad "
							+ "field in `errors`), or a missing or malformed parameter (`invalid-parameter`, named in "
							+ "`parameter`)");
		}
		if (operation.getRequestBody() != null) {
			add(operation, "413",
					"The body is over the size limit (`request-too-large`, the limit in bytes in `maxBytes`); nothing "
							+ "was carried out");
		}
		if (path.contains("{dossierId}")) {
			add(operation, "404", "No such dossier (`dossier-not-found`)");
		}
		if (path.startsWith(STATUS_LOOKUP)) {
			add(operation, "404",
					"No such dossier, or a wrong lookup secret: the same answer for both (`dossier-not-found`)");
			add(operation, "429", "Too many lookups from this client: try again later");
		}
		if (HttpMethod.POST.equals(method) && (path.equals(COMMANDS) || path.startsWith(COMMANDS + "/"))) {
			add(operation, "409",
					"A conflict with the dossier's state (`rule` names it, e.g. ILLEGAL_TRANSITION, "
							+ "DOSSIER_CODE_TAKEN, ALREADY_RATED), a stale If-Match (`stale-version`) or a "
							+ "concurrent update; nothing was stored");
			add(operation, "422",
					"A statutory rule is broken (`rule` names it; see docs/statutory-rules.md); nothing was stored");
		}
		// springdoc gives an error that a controller declares the body of its success;
		// every error of this API is a problem.
		operation.getResponses().forEach((status, response) -> {
			if (isError(status) && (response.getContent() == null
					|| !response.getContent().containsKey(MediaType.APPLICATION_PROBLEM_JSON_VALUE))) {
				response.setContent(problemContent());
			}
		});
		sortByStatus(operation);
	}

	/**
	 * Adds a problem answer unless the operation declares one for that status itself.
	 * @return the operation's answer for that status
	 */
	static ApiResponse add(Operation operation, String status, String description) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		return operation.getResponses()
			.computeIfAbsent(status, (absent) -> new ApiResponse().description(description).content(problemContent()));
	}

	/** The shared schema of every error answer: RFC 9457's members and the API's own. */
	static Schema<?> schema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema());
		return new ObjectSchema()
			.description("An error answer, application/problem+json (RFC 9457, formerly RFC 7807). Members beyond "
					+ "these may follow, e.g. the dossier's id or the versions of a stale If-Match.")
			.addProperty("type",
					new StringSchema().format("uri")
						.description("The kind of problem, under " + Problems.TYPE_BASE + ", e.g. "
								+ Problems.type("dossier-not-found")))
			.addProperty("title", new StringSchema().description("The kind of problem in words"))
			.addProperty("status", new IntegerSchema().description("The HTTP status"))
			.addProperty("detail", new StringSchema().description("This occurrence in words"))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"))
			.addProperty("errors",
					new ArraySchema().items(fieldError)
						.description("`invalid-request`: each field of the body at fault, and why"))
			.addProperty("parameter",
					new StringSchema().description("`invalid-parameter`: the query, path or header parameter at fault"))
			.addProperty("field",
					new StringSchema().description("`not-the-caller`: the field of the body that names someone else"))
			.addProperty("limit", new StringSchema().description("429: the limit that was reached"))
			.addProperty("maxBytes",
					new IntegerSchema().format("int64")
						.description("`request-too-large` (413): the largest body accepted, in bytes"))
			.addProperty("rule", new StringSchema().description("A broken rule of the dossier (409, 422)"))
			.addProperty("currentStatus", new StringSchema().description("The dossier's status when a rule was broken"))
			.addProperty("currentNationalStatusCode", new IntegerSchema().description("Its national status code, 1–10"))
			.addProperty("currentStatusLabel", new StringSchema().description("Its Vietnamese label"))
			.required(List.of("type", "title", "status", "detail"));
	}

	private static Content problemContent() {
		return new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new io.swagger.v3.oas.models.media.MediaType()
					.schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
	}

	private static boolean isError(String status) {
		return status.startsWith("4") || status.startsWith("5");
	}

	/** 200, 201, …, 400, 401, …: as a reader looks for them. */
	private static void sortByStatus(Operation operation) {
		Map<String, ApiResponse> sorted = new TreeMap<>(operation.getResponses());
		ApiResponses responses = new ApiResponses();
		responses.putAll(sorted);
		responses.setExtensions(operation.getResponses().getExtensions());
		operation.setResponses(responses);
	}

}
