package vn.dossierledger.app;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The operations of the API as the running application describes them at
 * {@code /v3/api-docs}: what a client may call, with which parameters and body, and who
 * may call it ({@code x-access}). Read by the fuzzer, so that an endpoint added to the
 * application is fuzzed without a test naming it.
 */
final class ApiDescription {

	private final JsonNode document;

	ApiDescription(JsonNode document) {
		this.document = document;
	}

	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> paths = this.document.path("paths").fields(); paths.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
				Map.Entry<String, JsonNode> method = methods.next();
				if (method.getKey().equals("parameters") || method.getKey().equals("summary")) {
					continue;
				}
				operations.add(operation(path.getKey(), method.getKey(), method.getValue()));
			}
		}
		return operations;
	}

	private Operation operation(String path, String method, JsonNode operation) {
		List<Parameter> parameters = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			JsonNode resolved = resolve(parameter);
			parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
					resolved.path("required").asBoolean(), resolve(resolved.path("schema"))));
		}
		JsonNode body = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
		boolean liveStream = operation.path("responses").toString().contains("text/event-stream");
		JsonNode access = operation.path("x-access");
		List<String> roles = new ArrayList<>();
		access.path("roles").forEach((role) -> roles.add(role.asText()));
		return new Operation(method.toUpperCase(Locale.ROOT), path, List.copyOf(parameters),
				body.isMissingNode() ? null : body, access.path("who").asText(), List.copyOf(roles), liveStream);
	}

	/**
	 * A schema or parameter with its {@code $ref} followed, and the first of a
	 * composition.
	 */
	JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		for (int depth = 0; depth < 20 && current != null && !current.isMissingNode(); depth++) {
			if (current.has("$ref")) {
				String pointer = current.path("$ref").asText().substring(1);
				current = this.document.at(pointer);
			}
			else if (current.has("allOf") && current.path("allOf").size() == 1) {
				current = current.path("allOf").get(0);
			}
			else if (current.has("oneOf")) {
				current = current.path("oneOf").get(0);
			}
			else if (current.has("anyOf")) {
				current = firstNotNull(current.path("anyOf"));
			}
			else {
				return current;
			}
		}
		return (current != null) ? current : MissingNode.getInstance();
	}

	/** A schema's type, also where OpenAPI 3.1 lists it with {@code null}. */
	static String typeOf(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode one : type) {
				if (!one.asText().equals("null")) {
					return one.asText();
				}
			}
			return "null";
		}
		if (type.isTextual()) {
			return type.asText();
		}
		if (schema.has("properties")) {
			return "object";
		}
		if (schema.has("items")) {
			return "array";
		}
		return schema.has("enum") ? "string" : "";
	}

	private static JsonNode firstNotNull(JsonNode alternatives) {
		for (JsonNode alternative : alternatives) {
			if (!"null".equals(typeOf(alternative))) {
				return alternative;
			}
		}
		return alternatives.get(0);
	}

	/**
	 * One operation: its method and path template, its parameters, its JSON body's schema
	 * (null when it takes none), who may call it and whether it answers with a live
	 * stream.
	 */
	record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema, String who,
			List<String> roles, boolean liveStream) {

		List<Parameter> in(String location) {
			return this.parameters.stream().filter((parameter) -> parameter.in().equals(location)).toList();
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/** A path, query or header parameter. */
	record Parameter(String name, String in, boolean required, JsonNode schema) {

	}

}
