package vn.dossierledger.reference.catalogue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Role;
import vn.dossierledger.reference.organisation.OfficerRegistry;
import vn.dossierledger.reference.organisation.YamlOfficerRegistry;

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
		assertThat(ProcedureStaffingCheck.problems(this.catalogue.allVersions(), this.registry)).isEmpty();
	}

	@Test
	void reportsAProcedureItsAgencyCannotStaff() {
		OfficerRegistry deskOnly = YamlOfficerRegistry.load("classpath:catalogue/organisation-desk-only.yaml");
		YamlProcedureCatalogue minimal = YamlProcedureCatalogue
			.load("classpath:catalogue/procedures-minimal-valid.yaml");

		assertThat(ProcedureStaffingCheck.problems(minimal.allVersions(), deskOnly)).containsExactly(
				"procedure 9.000001 version 1: agency test-agency has no officer with role SPECIALIST that its steps need");
		assertThat(ProcedureStaffingCheck.problems(this.catalogue.allVersions(), deskOnly))
			.contains("procedure 1.002804 version 2024.1: agency hn-sgtvt is not in the organisation");
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
