package vn.dossierledger.reference.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dossierledger.events.dossier.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class YamlOfficerRegistryTest {

	private final OfficerRegistry registry = YamlOfficerRegistry.loadDefault();

	@Test
	void loadsAgenciesOfProvincesCommunesAndMinistries() {
		assertThat(this.registry.agencies()).extracting(Agency::level)
			.contains(AgencyLevel.MINISTRY, AgencyLevel.PROVINCE, AgencyLevel.COMMUNE);
		assertThat(this.registry.agencies()).extracting(Agency::code).doesNotHaveDuplicates();
	}

	@Test
	void findsOfficersTheirUnitsAndAgencies() {
		Officer officer = this.registry.officer("hn-tp-cv-01").orElseThrow();

		assertThat(officer.holds(Role.SPECIALIST)).isTrue();
		assertThat(officer.holds(Role.APPROVING_LEADER)).isFalse();
		assertThat(this.registry.unit(officer.unitId()).map(Unit::agencyId)).contains("hn-stp");
		assertThat(this.registry.agencyOfUnit(officer.unitId()).map(Agency::code)).contains("000.00.10.H26");
		assertThat(this.registry.officer("nobody")).isEmpty();
		assertThat(this.registry.agencyOfUnit("no-such-unit")).isEmpty();
	}

	@Test
	void departmentsShareTheProvincialDeskWhoseOfficersReceiveForThem() {
		Agency justice = this.registry.agency("hn-stp").orElseThrow();
		Agency construction = this.registry.agency("hn-sxd").orElseThrow();

		assertThat(justice.receptionUnitId()).isEqualTo(construction.receptionUnitId()).isEqualTo("hn-ttpvhcc-quay");
		assertThat(this.registry.agencyOfUnit(justice.receptionUnitId()).map(Agency::id)).contains("hn-ttpvhcc");
		assertThat(this.registry.officersWithRole("hn-stp", Role.RECEIVING_OFFICER)).extracting(Officer::id)
			.contains("hn-tn-01", "hn-tn-02", "hn-tn-03");
		assertThat(this.registry.officersWithRole("hn-stp", Role.SPECIALIST)).extracting(Officer::id)
			.containsExactly("hn-tp-cv-01", "hn-tp-cv-02");
		assertThat(this.registry.officersWithRole("no-such-agency", Role.SPECIALIST)).isEmpty();
	}

	@Test
	void staffsEveryDeskWithAtLeastThreeReceivingOfficers() {
		for (Agency agency : this.registry.agencies()) {
			assertThat(this.registry.officersOf(agency.receptionUnitId()))
				.as("receiving officers at the desk of %s", agency.id())
				.filteredOn((officer) -> officer.holds(Role.RECEIVING_OFFICER))
				.hasSizeGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void loadsAMinimalValidFile() {
		OfficerRegistry minimal = YamlOfficerRegistry.load("classpath:catalogue/organisation-minimal-valid.yaml");

		assertThat(minimal.officersOf("test-desk")).extracting(Officer::id).containsExactly("test-tn-01");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			organisation-missing-reception-unit.yaml | reception unit no-such-desk does not exist
			organisation-duplicate-officer.yaml      | officer id test-tn-01 is used more than once
			organisation-applicant-officer.yaml      | only officer roles can be held
			organisation-unstaffed-desk.yaml         | reception unit test-desk has no receiving officer
			no-such-file.yaml                        | Cannot read organisation
			""")
	void rejectsABrokenFileWithAMessageNamingTheProblem(String fixture, String expectedMessage) {
		assertThatIllegalStateException().isThrownBy(() -> YamlOfficerRegistry.load("classpath:catalogue/" + fixture))
			.withMessageContaining(expectedMessage);
	}

}
