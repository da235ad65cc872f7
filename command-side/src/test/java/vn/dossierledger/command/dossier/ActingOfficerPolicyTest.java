package vn.dossierledger.command.dossier;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.events.dossier.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dossierledger.command.dossier.DossierTestSupport.OFFICERS;

class ActingOfficerPolicyTest {

	private static final vn.dossierledger.reference.catalogue.Procedure BIRTH = DossierTestSupport.Scenario.BIRTH
		.procedureOn(DossierTestSupport.NOW);

	private static final vn.dossierledger.reference.catalogue.Procedure CRIMINAL_RECORD = DossierTestSupport.Scenario.CRIMINAL_RECORD
		.procedureOn(DossierTestSupport.NOW);

	@Test
	void actsInTheFirstAcceptedRoleTheOfficerHolds() {
		assertThat(ActingOfficerPolicy.requireRole(OFFICERS, "hn-phk-tn-03", DossierStatus.IN_PROCESSING,
				Role.SPECIALIST, Role.RECEIVING_OFFICER))
			.isEqualTo(new Actor("hn-phk-tn-03", Role.SPECIALIST, "hn-phk-1c"));
	}

	@Test
	void refusesAnOfficerMissingFromTheRegistry() {
		assertThatThrownBy(() -> ActingOfficerPolicy.requireOfficer(OFFICERS, "ghost", DossierStatus.RECEIVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.UNKNOWN_OFFICER));
	}

	@Test
	void letsTheCityCentreDeskActForTheJusticeDepartment() {
		assertThatCode(() -> ActingOfficerPolicy.requireReceptionDesk(OFFICERS,
				new Actor("hn-tn-01", Role.RECEIVING_OFFICER, "hn-ttpvhcc-quay"), CRIMINAL_RECORD,
				DossierStatus.SUBMITTED))
			.doesNotThrowAnyException();
	}

	@Test
	void acceptsACooperatingAgencyAsCompetent() {
		assertThat(ActingOfficerPolicy
			.requireCompetentAgency(OFFICERS, "hn-ca-hsnv", CRIMINAL_RECORD, DossierStatus.IN_PROCESSING)
			.id()).isEqualTo("hn-ca");
	}

	@Test
	void refusesAUnitOfAnAgencyThatIsNotCompetent() {
		assertThatThrownBy(() -> ActingOfficerPolicy.requireCompetentAgency(OFFICERS, "hn-phk-vhxh", CRIMINAL_RECORD,
				DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.COMPETENT_UNIT_ONLY));
	}

	@Test
	void letsTheHolderOrALeaderOfTheHoldersUnitMoveTheDossier() {
		Holder holder = new Holder("hn-tp-cv-01", "hn-stp-lltp", "hn-stp");
		assertThatCode(() -> ActingOfficerPolicy.requireHolderOrUnitLeader(holder,
				new Actor("hn-tp-ld-01", Role.APPROVING_LEADER, "hn-stp-lltp"), DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> ActingOfficerPolicy.requireHolderOrUnitLeader(holder,
				new Actor("hn-tp-cv-02", Role.SPECIALIST, "hn-stp-lltp"), DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.HOLDER_ONLY));
	}

	@Test
	void refusesAnOfficerHoldingNoneOfTheAcceptedRoles() {
		assertThatThrownBy(() -> ActingOfficerPolicy.requireRole(OFFICERS, "hn-phk-vt-01", DossierStatus.IN_PROCESSING,
				Role.SPECIALIST, Role.APPROVING_LEADER))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.OFFICER_ROLE_REQUIRED))
			.hasMessage("Officer hn-phk-vt-01 holds none of the roles [SPECIALIST, APPROVING_LEADER]");
	}

	@Test
	void handsAStepToAnOfficerInTheRoleThatPerformsIt() {
		assertThatCode(() -> ActingOfficerPolicy.requirePerformerOfStep(OFFICERS.officer("hn-phk-cv-01").orElseThrow(),
				BIRTH.step("THAM_DINH").orElseThrow(), DossierStatus.RECEIVED))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesToHandAStepToAnOfficerNotInItsRole() {
		assertThatThrownBy(
				() -> ActingOfficerPolicy.requirePerformerOfStep(OFFICERS.officer("hn-phk-vt-01").orElseThrow(),
						BIRTH.step("THAM_DINH").orElseThrow(), DossierStatus.RECEIVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.OFFICER_ROLE_REQUIRED))
			.hasMessage("Step THAM_DINH is performed by a SPECIALIST; officer hn-phk-vt-01 is not one");
	}

}
