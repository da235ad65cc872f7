package vn.dossierledger.reference.catalogue;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.dossierledger.reference.organisation.OfficerRegistry;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueSpringWiringTest {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(ReferenceDataConfiguration.class);

	@Test
	void exposesTheShippedCatalogueAndOrganisationByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(ProcedureCatalogue.class).catalogueVersion()).isEqualTo("2026.1");
			assertThat(context.getBean(OfficerRegistry.class).agency("hn-stp")).isPresent();
		});
	}

	@Test
	void readsTheFilesNamedByTheProperties() {
		this.contextRunner
			.withPropertyValues("dossier-ledger.catalogue.procedures=classpath:catalogue/procedures-minimal-valid.yaml",
					"dossier-ledger.catalogue.organisation=classpath:catalogue/organisation-minimal-valid.yaml")
			.run((context) -> {
				assertThat(context.getBean(ProcedureCatalogue.class).catalogueVersion()).isEqualTo("test.1");
				assertThat(context.getBean(OfficerRegistry.class).agency("test-agency")).isPresent();
			});
	}

	@Test
	void refusesToStartOnABrokenCatalogue() {
		this.contextRunner
			.withPropertyValues("dossier-ledger.catalogue.procedures=classpath:catalogue/procedures-negative-fee.yaml")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("fee LP must not be negative"));
	}

	@Test
	void refusesToStartWhenTheOrganisationCannotStaffTheCatalogue() {
		this.contextRunner
			.withPropertyValues("dossier-ledger.catalogue.procedures=classpath:catalogue/procedures-minimal-valid.yaml",
					"dossier-ledger.catalogue.organisation=classpath:catalogue/organisation-desk-only.yaml")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("test-agency has no officer with role SPECIALIST"));
	}

}
