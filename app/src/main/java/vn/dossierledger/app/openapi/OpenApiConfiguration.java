package vn.dossierledger.app.openapi;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.util.unit.DataSize;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import vn.dossierledger.identity.AccessPolicy;
import vn.dossierledger.identity.IdentityProperties;

/**
 * The API description at /v3/api-docs and in Swagger UI: its title, the ways to present a
 * token, and per operation who may call it and its problem+json answers
 * ({@link OperationDocumentation}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** A bearer token from any trusted issuer. */
	static final String BEARER = "bearer";

	/** The development issuer's client-credentials grant, when it runs. */
	static final String DEVELOPMENT_ISSUER = "developmentIssuer";

	@Bean
	OpenAPI dossierLedgerOpenApi(IdentityProperties identity,
			ObjectProvider<AuthorizationServerSettings> developmentIssuer,
			@Value("${dossier-ledger.web.max-request-body-size:2MB}") DataSize maxRequestBody,
			@Value("${server.max-http-request-header-size:8KB}") DataSize maxHeaders) {
		Components components = new Components().addSecuritySchemes(BEARER, bearer(identity));
		// Only the development issuer, and only while it runs, has these settings (Boot's
		// own authorization server is excluded in application.yml).
		developmentIssuer.ifAvailable((settings) -> components.addSecuritySchemes(DEVELOPMENT_ISSUER,
				clientCredentials(settings, identity.developmentIssuer())));
		return new OpenAPI()
			.info(new Info().title("Dossier Ledger API")
				.version("v1")
				.description("Event-sourced ledger of administrative dossiers (hồ sơ thủ tục hành chính). "
						+ "Every command answers with the dossier's version as an ETag; send it back in If-Match. "
						+ "Refusals are RFC 7807 problem+json naming the broken rule and the dossier's status. "
						+ "Each operation says who may call it, as the access policy decides.\n\n"
						+ "**Limits.** A request body of at most " + maxRequestBody.toBytes()
						+ " bytes (over it: 413 `request-too-large`); the request line and headers at most "
						+ maxHeaders.toBytes() + " bytes (over it: 400). Every string and list of a body has "
						+ "its `maxLength` or `maxItems` below (over it: 400 `invalid-request` naming the field), "
						+ "and so has a path parameter that the ledger stores (a dossier id: 64)."))
			// Relative: whatever name the server is reached by.
			.servers(List.of(new Server().url("/").description("The server that serves this description")))
			.components(components);
	}

	@Bean
	OpenApiCustomizer operationDocumentation(AccessPolicy policy) {
		return new OperationDocumentation(policy);
	}

	private static SecurityScheme bearer(IdentityProperties identity) {
		return new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description("A JWT access token from a trusted OpenID Connect issuer (dossier-ledger.security.issuers, "
					+ "or the development issuer when it runs), meant for the ledger's audience. Its `"
					+ identity.personClaim() + "` claim names the caller and its `" + identity.rolesClaim()
					+ "` claim their roles (CITIZEN, OFFICER, INSPECTOR, ANALYST, ADMIN, PAYMENT_GATEWAY).");
	}

	private static SecurityScheme clientCredentials(AuthorizationServerSettings settings,
			IdentityProperties.DevelopmentIssuer issuer) {
		return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
			.description("FOR DEVELOPMENT ONLY: the issuer inside the embedded default signs in the demo people. "
					+ "Client id: the person's id, e.g. an officer id such as hn-phk-tn-01, "
					+ String.join(", ", issuer.inspectors()) + " (inspectors), " + String.join(", ", issuer.analysts())
					+ " (analysts), " + String.join(", ", issuer.admins()) + " (administrators), "
					+ String.join(", ", issuer.gateways())
					+ " (payment gateways) or a demo citizen's subject reference. Client secret: the shared "
					+ "development secret (dossier-ledger.security.development-issuer.client-secret, `demo` unless "
					+ "configured otherwise).")
			.flows(new OAuthFlows()
				.clientCredentials(new OAuthFlow().tokenUrl(settings.getTokenEndpoint()).scopes(new Scopes())));
	}

}
