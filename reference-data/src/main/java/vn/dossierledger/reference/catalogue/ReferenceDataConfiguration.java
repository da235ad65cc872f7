package vn.dossierledger.reference.catalogue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;

/**
 * Reference data for both sides. The files are loaded and validated at start-up, each on
 * its own and against each other, so a broken catalogue stops the application instead of
 * misjudging dossiers. Point the properties at {@code file:…} locations to publish a new
 * catalogue without rebuilding.
 */
@Configuration(proxyBeanMethods = false)
public class ReferenceDataConfiguration {

	@Bean
	OfficerRegistry officerRegistry(@Value("${dossier-ledger.catalogue.organisation:"
			+ YamlOfficerRegistry.DEFAULT_LOCATION + "}") Resource organisation) {
		return YamlOfficerRegistry.load(organisation);
	}

	@Bean
	ProcedureCatalogue procedureCatalogue(@Value("${dossier-ledger.catalogue.procedures:"
			+ YamlProcedureCatalogue.DEFAULT_LOCATION + "}") Resource procedures, OfficerRegistry officerRegistry) {
		YamlProcedureCatalogue catalogue = YamlProcedureCatalogue.load(procedures);
		ProcedureStaffingCheck.verify(catalogue, officerRegistry);
		return catalogue;
	}

}
