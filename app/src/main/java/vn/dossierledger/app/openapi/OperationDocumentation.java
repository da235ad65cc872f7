package vn.dossierledger.app.openapi;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import vn.dossierledger.identity.AccessPolicy;

/**
 * Completes every operation of the API description: who may call it
 * ({@link AccessDocumentation}, from the access policy itself) and its problem+json
 * answers ({@link ProblemAnswers}), and the retry key of commands
 * ({@link IdempotencyDocumentation}). One customizer, so that the two run in one order.
 */
final class OperationDocumentation implements OpenApiCustomizer {

	private final AccessDocumentation access;

	OperationDocumentation(AccessPolicy policy) {
		this.access = new AccessDocumentation(policy);
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents().addSchemas(ProblemAnswers.SCHEMA, ProblemAnswers.schema());
		// A secured operation takes a token presented in any of the declared ways.
		Map<String, SecurityScheme> schemes = (api.getComponents().getSecuritySchemes() != null)
				? api.getComponents().getSecuritySchemes() : Map.of();
		List<SecurityRequirement> tokens = schemes.keySet()
			.stream()
			.map((scheme) -> new SecurityRequirement().addList(scheme))
			.toList();
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			HttpMethod httpMethod = HttpMethod.valueOf(method.name());
			this.access.document(path, httpMethod, operation, tokens);
			ProblemAnswers.document(path, httpMethod, operation);
			IdempotencyDocumentation.document(path, httpMethod, operation);
		}));
	}

}
