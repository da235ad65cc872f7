package vn.dossierledger.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The title and summary shown at /v3/api-docs and in Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI dossierLedgerOpenApi() {
		return new OpenAPI().info(new Info().title("Dossier Ledger API")
			.version("v1")
			.description("Event-sourced ledger of administrative dossiers (hồ sơ thủ tục hành chính). "
					+ "Every command answers with the dossier's version as an ETag; send it back in If-Match. "
					+ "Refusals are RFC 7807 problem+json naming the broken rule and the dossier's status."));
	}

}
