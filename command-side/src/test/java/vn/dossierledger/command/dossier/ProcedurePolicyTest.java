package vn.dossierledger.command.dossier;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.events.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcedurePolicyTest {

	private static final Procedure BIRTH = DossierTestSupport.Scenario.BIRTH.procedureOn(DossierTestSupport.NOW);

	@Test
	void submitsUnderTheVersionInForce() {
		assertThat(ProcedurePolicy.requireInForce(Optional.of(BIRTH), BIRTH.code())).isSameAs(BIRTH);
	}

	@Test
	void refusesASubmissionUnderNoVersionInForceBeforeTheDossierHasAStatus() {
		assertThatThrownBy(() -> ProcedurePolicy.requireInForce(Optional.empty(), "9.999999"))
			.isInstanceOfSatisfying(DossierRuleViolation.class, (violation) -> {
				assertThat(violation.rule()).isEqualTo(DossierRule.UNKNOWN_PROCEDURE);
				assertThat(violation.currentStatus()).isNull();
			})
			.hasMessage("No procedure 9.999999 in force");
	}

	@Test
	void judgesTheDossierUnderItsOwnVersion() {
		assertThat(ProcedurePolicy.requireVersion(Optional.of(BIRTH), BIRTH.code(), BIRTH.version(),
				DossierStatus.RECEIVED))
			.isSameAs(BIRTH);
	}

	@Test
	void refusesAVersionMissingFromTheCatalogue() {
		assertThatThrownBy(
				() -> ProcedurePolicy.requireVersion(Optional.empty(), "1.001193", "1999.1", DossierStatus.RECEIVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class, (violation) -> {
				assertThat(violation.rule()).isEqualTo(DossierRule.UNKNOWN_PROCEDURE);
				assertThat(violation.currentStatus()).isEqualTo(DossierStatus.RECEIVED);
			})
			.hasMessage("Procedure 1.001193 version 1999.1 is not in the catalogue");
	}

	@Test
	void movesTheDossierToAStepOfItsProcedure() {
		assertThat(ProcedurePolicy.requireStep(BIRTH, "THAM_DINH", DossierStatus.RECEIVED).code())
			.isEqualTo("THAM_DINH");
	}

	@Test
	void refusesAStepTheProcedureDoesNotHave() {
		assertThatThrownBy(() -> ProcedurePolicy.requireStep(BIRTH, "KHAO_SAT", DossierStatus.RECEIVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.UNKNOWN_STEP))
			.hasMessage("Procedure 1.001193 has no step KHAO_SAT");
	}

}
