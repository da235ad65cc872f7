package vn.dossierledger.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import vn.dossierledger.identity.AccessPolicy;
import vn.dossierledger.identity.AccessRule;
import vn.dossierledger.identity.Role;
import vn.dossierledger.identity.Who;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;

class OperationDocumentationTest {

	private static final String PROBLEM = "#/components/schemas/" + ProblemAnswers.SCHEMA;

	private final AccessPolicy policy = new AccessPolicy(YamlOfficerRegistry.loadDefault());

	@Test
	void documentsEachRowOfTheAccessPolicyOnTheOperationsItCovers() {
		OpenAPI api = withSchemes();
		api.setPaths(new Paths());
		for (AccessRule rule : this.policy.rules()) {
			HttpMethod method = (rule.method() != null) ? rule.method() : HttpMethod.GET;
			for (String pattern : rule.paths()) {
				operation(api, method, template(pattern));
			}
		}

		new OperationDocumentation(this.policy).customise(api);

		for (AccessRule rule : this.policy.rules()) {
			HttpMethod method = (rule.method() != null) ? rule.method() : HttpMethod.GET;
			for (String pattern : rule.paths()) {
				Operation operation = operationAt(api, method, template(pattern));
				Map<?, ?> access = (Map<?, ?>) operation.getExtensions().get(AccessDocumentation.EXTENSION);
				assertThat(access.get("rule")).as(pattern).isEqualTo(rule.description());
				assertThat(operation.getDescription()).as(pattern).contains("**Who may call:**", rule.description());
				if (rule.who() instanceof Who.Anyone) {
					assertThat(access.get("who")).isEqualTo("anyone");
					assertThat(operation.getSecurity()).as(pattern).isEmpty();
					assertThat(operation.getResponses()).as(pattern).doesNotContainKeys("401", "403");
				}
				else {
					assertThat(access.get("roles")).as(pattern)
						.isEqualTo(rule.who().roles().stream().map(Role::name).toList());
					assertThat(operation.getSecurity()).as(pattern)
						.containsExactly(new SecurityRequirement().addList(OpenApiConfiguration.BEARER),
								new SecurityRequirement().addList(OpenApiConfiguration.DEVELOPMENT_ISSUER));
					assertThat(problemSchemaOf(operation, "401")).as(pattern).isEqualTo(PROBLEM);
					assertThat(problemSchemaOf(operation, "403")).as(pattern).isEqualTo(PROBLEM);
					assertThat(operation.getResponses().get("401").getHeaders()).containsKey("WWW-Authenticate");
				}
			}
		}
	}

	@Test
	void namesTheConditionOfARowThatChecksTheCaller() {
		OpenAPI api = withSchemes();
		Operation citizensList = operation(api, HttpMethod.GET, "/api/citizens/{subjectRef}/dossiers");

		new OperationDocumentation(this.policy).customise(api);

		Map<?, ?> access = (Map<?, ?>) citizensList.getExtensions().get(AccessDocumentation.EXTENSION);
		assertThat(access.get("roles")).isEqualTo(List.of("CITIZEN"));
		assertThat(access.get("condition")).isEqualTo("the citizen named in the path themselves");
		assertThat(citizensList.getResponses().get("403").getDescription())
			.contains("only the citizen named in the path themselves may call this");
	}

	@Test
	void anOperationNoRowCoversNeedsAToken() {
		OpenAPI api = withSchemes();
		Operation unlisted = operation(api, HttpMethod.GET, "/api/unlisted");

		new OperationDocumentation(this.policy).customise(api);

		assertThat(unlisted.getExtensions().get(AccessDocumentation.EXTENSION))
			.isEqualTo(Map.of("who", "any-caller", "rule", AccessPolicy.OTHERWISE.description()));
		assertThat(unlisted.getSecurity()).hasSize(2);
		assertThat(unlisted.getResponses()).containsKeys("401", "403");
	}

	@Test
	void answersACommandWithTheProblemsOfItsShape() {
		OpenAPI api = withSchemes();
		Operation receive = operation(api, HttpMethod.POST, "/api/dossiers/{dossierId}/receipt");
		receive.setRequestBody(new RequestBody());
		receive.addParametersItem(new Parameter().name("dossierId").in("path"));

		new OperationDocumentation(this.policy).customise(api);

		assertThat(receive.getResponses().keySet()).containsExactly("200", "400", "401", "403", "404", "409", "413",
				"422");
		assertThat(receive.getResponses().get("403").getDescription()).contains("not-the-caller");
		receive.getResponses()
			.keySet()
			.stream()
			.filter((status) -> status.startsWith("4"))
			.forEach((status) -> assertThat(problemSchemaOf(receive, status)).as(status).isEqualTo(PROBLEM));
		assertThat(api.getComponents().getSchemas().get(ProblemAnswers.SCHEMA).getRequired())
			.containsExactlyInAnyOrder("type", "title", "status", "detail");
	}

	@Test
	void theStatusLookupIsPublicAndMayAnswerTooManyRequests() {
		OpenAPI api = withSchemes();
		Operation lookup = operation(api, HttpMethod.GET, "/api/status/{dossierCode}");
		lookup.addParametersItem(new Parameter().name("dossierCode").in("path"));

		new OperationDocumentation(this.policy).customise(api);

		assertThat(lookup.getSecurity()).isEmpty();
		assertThat(lookup.getResponses()).containsOnlyKeys("200", "400", "404", "429");
		assertThat(problemSchemaOf(lookup, "429")).isEqualTo(PROBLEM);
	}

	@Test
	void anErrorAControllerDeclaresIsAProblemToo() {
		OpenAPI api = withSchemes();
		Operation search = operation(api, HttpMethod.GET, "/api/audit/events");
		// As springdoc gives it: the body of the method's success.
		search.getResponses()
			.addApiResponse("503",
					new ApiResponse().description("Elasticsearch is unavailable")
						.content(new Content().addMediaType("*/*",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/AuditSearchView")))));

		new OperationDocumentation(this.policy).customise(api);

		assertThat(search.getResponses().get("503").getContent()).containsOnlyKeys("application/problem+json");
		assertThat(search.getResponses().get("503").getDescription()).isEqualTo("Elasticsearch is unavailable");
	}

	private static OpenAPI withSchemes() {
		return new OpenAPI().paths(new Paths())
			.components(new Components()
				.addSecuritySchemes(OpenApiConfiguration.BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP))
				.addSecuritySchemes(OpenApiConfiguration.DEVELOPMENT_ISSUER,
						new SecurityScheme().type(SecurityScheme.Type.OAUTH2)));
	}

	/** An operation with a success answer, as springdoc gives every one. */
	private static Operation operation(OpenAPI api, HttpMethod method, String path) {
		Operation operation = new Operation()
			.responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
		PathItem item = api.getPaths().computeIfAbsent(path, (absent) -> new PathItem());
		item.operation(PathItem.HttpMethod.valueOf(method.name()), operation);
		return operation;
	}

	private static Operation operationAt(OpenAPI api, HttpMethod method, String path) {
		return api.getPaths().get(path).readOperationsMap().get(PathItem.HttpMethod.valueOf(method.name()));
	}

	/** An API description's path template for a pattern: its wildcards as variables. */
	private static String template(String pattern) {
		return pattern.replace("/**", "/{rest}").replace("*", "{segment}");
	}

	private static String problemSchemaOf(Operation operation, String status) {
		return operation.getResponses().get(status).getContent().get("application/problem+json").getSchema().get$ref();
	}

}
