package vn.dossierledger.command.dossier;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.Actor;
import vn.dossierledger.events.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dossierledger.command.dossier.DossierTestSupport.APPLICANT;
import static vn.dossierledger.command.dossier.DossierTestSupport.REPRESENTATIVE;
import static vn.dossierledger.command.dossier.DossierTestSupport.STRANGER;

class ApplicantPolicyTest {

	@Test
	void recordsTheApplicantOrTheRepresentativeAsWhoActed() {
		assertThat(ApplicantPolicy.requireApplicantOrRepresentative(APPLICANT, APPLICANT, REPRESENTATIVE,
				DossierStatus.DELIVERED))
			.isEqualTo(Actor.applicant(APPLICANT));
		assertThat(ApplicantPolicy.requireApplicantOrRepresentative(REPRESENTATIVE, APPLICANT, REPRESENTATIVE,
				DossierStatus.DELIVERED))
			.isEqualTo(Actor.representative(REPRESENTATIVE));
	}

	@Test
	void refusesAStrangerOrNobody() {
		assertThatThrownBy(() -> ApplicantPolicy.requireApplicantOrRepresentative(STRANGER, APPLICANT, REPRESENTATIVE,
				DossierStatus.DELIVERED))
			.isInstanceOfSatisfying(DossierRuleViolation.class, (violation) -> {
				assertThat(violation.rule()).isEqualTo(DossierRule.APPLICANT_ONLY);
				assertThat(violation.currentStatus()).isEqualTo(DossierStatus.DELIVERED);
			})
			.hasMessage("Only the applicant or their authorised representative may do this");
		assertThatThrownBy(
				() -> ApplicantPolicy.requireApplicantOrRepresentative(null, APPLICANT, null, DossierStatus.DELIVERED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.APPLICANT_ONLY));
	}

}
