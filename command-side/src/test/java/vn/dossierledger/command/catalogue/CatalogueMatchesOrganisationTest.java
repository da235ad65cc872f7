package vn.dossierledger.command.catalogue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.dossierledger.command.organisation.OfficerRegistry;
import vn.dossierledger.command.organisation.YamlOfficerRegistry;
import vn.dossierledger.events.dossier.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two files are published separately; this guards that every version of every
 * procedure, old ones included, can actually be handled by the organisation.
 */
class CatalogueMatchesOrganisationTest {

	private final YamlProcedureCatalogue catalogue = YamlProcedureCatalogue.loadDefault();

	private final OfficerRegistry registry = YamlOfficerRegistry.loadDefault();

	@Test
	void everyCompetentAndCooperatingAgencyExistsAndHoldsTheRolesItsStepsNeed() {
		for (Procedure procedure : this.catalogue.allVersions()) {
			for (String agencyId : agenciesOf(procedure)) {
				assertThat(this.registry.agency(agencyId)).as("agency %s of %s", agencyId, label(procedure))
					.isPresent();
				for (ProcedureStep step : procedure.steps()) {
					assertThat(this.registry.officersWithRole(agencyId, step.performedBy()))
						.as("officers of %s for step %s of %s", agencyId, step.code(), label(procedure))
						.isNotEmpty();
				}
			}
		}
	}

	@Test
	void everyCompetentAgencyHasTwoSpecialistsALeaderAndAClerk() {
		for (Procedure procedure : this.catalogue.allVersions()) {
			for (String agencyId : agenciesOf(procedure)) {
				assertThat(this.registry.officersWithRole(agencyId, Role.SPECIALIST)).as("specialists of %s", agencyId)
					.hasSizeGreaterThanOrEqualTo(2);
				assertThat(this.registry.officersWithRole(agencyId, Role.APPROVING_LEADER))
					.as("leaders of %s", agencyId)
					.isNotEmpty();
				assertThat(this.registry.officersWithRole(agencyId, Role.CLERK)).as("clerks of %s", agencyId)
					.isNotEmpty();
				assertThat(this.registry.officersWithRole(agencyId, Role.RECEIVING_OFFICER))
					.as("receiving officers of %s", agencyId)
					.hasSizeGreaterThanOrEqualTo(3);
			}
		}
	}

	private static List<String> agenciesOf(Procedure procedure) {
		return Stream.concat(Stream.of(procedure.agencyId()), procedure.cooperatingAgencyIds().stream()).toList();
	}

	private static String label(Procedure procedure) {
		return procedure.code() + " " + procedure.version();
	}

}
