package vn.dossierledger.command.dossier;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.command.dossier.DossierTestSupport.Scenario;
import vn.dossierledger.events.dossier.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_CODE;
import static vn.dossierledger.command.dossier.DossierTestSupport.NOW;
import static vn.dossierledger.command.dossier.DossierTestSupport.OTHER_DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.documents;

class SubmissionPolicyTest {

	private static final Procedure BIRTH = Scenario.BIRTH.procedureOn(NOW);

	/** Signatures required online. */
	private static final Procedure DRIVING_LICENCE = Scenario.DRIVING_LICENCE.procedureOn(NOW);

	@Test
	void acceptsEveryMandatoryComponent() {
		assertThatCode(() -> SubmissionPolicy.requireMandatoryComponents(BIRTH,
				documents(List.of("TO_KHAI", "GIAY_CHUNG_SINH"), false)))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesASubmissionMissingAMandatoryComponentNamingIt() {
		assertThatThrownBy(
				() -> SubmissionPolicy.requireMandatoryComponents(BIRTH, documents(List.of("TO_KHAI"), false)))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.MANDATORY_DOCUMENT_MISSING))
			.hasMessage("Mandatory component GIAY_CHUNG_SINH (Giấy chứng sinh) is missing");
	}

	@Test
	void acceptsSignedOnlineDocumentsAndUnsignedOnesAtTheDesk() {
		List<String> components = Scenario.DRIVING_LICENCE.components();
		assertThatCode(() -> SubmissionPolicy.requireSignedOnline(DRIVING_LICENCE, Channel.ONLINE,
				documents(components, true)))
			.doesNotThrowAnyException();
		assertThatCode(() -> SubmissionPolicy.requireSignedOnline(DRIVING_LICENCE, Channel.IN_PERSON,
				documents(components, false)))
			.doesNotThrowAnyException();
		assertThatCode(() -> SubmissionPolicy.requireSignedOnline(BIRTH, Channel.ONLINE,
				documents(Scenario.BIRTH.components(), false)))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAnUnsignedOnlineSubmissionWhereTheProcedureRequiresSignatures() {
		assertThatThrownBy(() -> SubmissionPolicy.requireSignedOnline(DRIVING_LICENCE, Channel.ONLINE,
				documents(Scenario.DRIVING_LICENCE.components(), false)))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.SIGNATURE_REQUIRED))
			.hasMessage("Procedure 1.002804 requires every document of an online submission to be signed");
	}

}
