package vn.dossierledger.app.openapi;

import java.util.ArrayList;

import org.springframework.http.HttpMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;

/**
 * The {@code Idempotency-Key} header every dossier command takes: a servlet filter reads
 * it, so no controller method declares it.
 */
final class IdempotencyDocumentation {

	private static final String COMMANDS = "/api/dossiers";

	private IdempotencyDocumentation() {
	}

	static void document(String path, HttpMethod method, Operation operation) {
		if (method != HttpMethod.POST || !(path.equals(COMMANDS) || path.startsWith(COMMANDS + "/"))) {
			return;
		}
		if (operation.getParameters() == null) {
			operation.setParameters(new ArrayList<>());
		}
		operation.addParametersItem(new HeaderParameter().name("Idempotency-Key")
			.required(false)
			.description("A key of the caller's choosing (e.g. a UUID) that makes a retry safe: the same request "
					+ "sent again with it by the same caller has one effect and gets the first answer again, "
					+ "marked `Idempotent-Replayed: true`. Reused for another request: 422 "
					+ "`idempotency-key-reused`; sent while the first attempt still runs: 409 "
					+ "`idempotent-request-in-progress` with `Retry-After`. A refused attempt lets the key go. "
					+ "Keys are kept for a day.")
			.schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
	}

}
