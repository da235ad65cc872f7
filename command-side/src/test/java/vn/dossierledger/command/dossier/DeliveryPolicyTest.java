package vn.dossierledger.command.dossier;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dossierledger.command.dossier.DossierTestSupport.APPLICANT;
import static vn.dossierledger.command.dossier.DossierTestSupport.AUTHORISATION_REF;
import static vn.dossierledger.command.dossier.DossierTestSupport.REPRESENTATIVE;
import static vn.dossierledger.command.dossier.DossierTestSupport.STRANGER;

class DeliveryPolicyTest {

	private static final DossierStatus RESOLVED = DossierStatus.RESOLVED;

	@Test
	void deliversOnceTheFeesArePaid() {
		assertThatCode(() -> DeliveryPolicy.requireFeesPaid(200_000, 200_000, RESOLVED)).doesNotThrowAnyException();
	}

	@Test
	void refusesDeliveryWhileFeesAreOutstandingSayingHowMuch() {
		assertThatThrownBy(() -> DeliveryPolicy.requireFeesPaid(200_000, 50_000, RESOLVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class, (violation) -> {
				assertThat(violation.rule()).isEqualTo(DossierRule.FEES_OUTSTANDING);
				assertThat(violation.currentStatus()).isEqualTo(RESOLVED);
			})
			.hasMessage("150000 VND are still due");
	}

	@Test
	void deliversAnElectronicResultOnlineAndAnyResultAtTheDesk() {
		assertThatCode(
				() -> DeliveryPolicy.requireElectronicResultForOnlineDelivery(DeliveryMethod.ONLINE, true, RESOLVED))
			.doesNotThrowAnyException();
		assertThatCode(
				() -> DeliveryPolicy.requireElectronicResultForOnlineDelivery(DeliveryMethod.AT_DESK, false, RESOLVED))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesToDeliverAPaperResultOnline() {
		assertThatThrownBy(
				() -> DeliveryPolicy.requireElectronicResultForOnlineDelivery(DeliveryMethod.ONLINE, false, RESOLVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule())
						.isEqualTo(DossierRule.ELECTRONIC_RESULT_REQUIRED_FOR_ONLINE_DELIVERY))
			.hasMessage("Only an electronic result can be delivered online");
	}

	@Test
	void handsTheResultToTheApplicantTheRepresentativeOrAnAuthorisedPerson() {
		assertThatCode(
				() -> DeliveryPolicy.requireEntitledRecipient(APPLICANT, APPLICANT, REPRESENTATIVE, null, RESOLVED))
			.doesNotThrowAnyException();
		assertThatCode(() -> DeliveryPolicy.requireEntitledRecipient(REPRESENTATIVE, APPLICANT, REPRESENTATIVE, null,
				RESOLVED))
			.doesNotThrowAnyException();
		assertThatCode(() -> DeliveryPolicy.requireEntitledRecipient(STRANGER, APPLICANT, REPRESENTATIVE,
				AUTHORISATION_REF, RESOLVED))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAStrangerWithoutAuthorisationAndAnUnnamedRecipient() {
		assertThatThrownBy(
				() -> DeliveryPolicy.requireEntitledRecipient(STRANGER, APPLICANT, REPRESENTATIVE, " ", RESOLVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.RECIPIENT_MUST_BE_ENTITLED))
			.hasMessage("The recipient must be the applicant, the representative, or hold a recorded authorisation");
		assertThatThrownBy(
				() -> DeliveryPolicy.requireEntitledRecipient(null, APPLICANT, null, AUTHORISATION_REF, RESOLVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.RECIPIENT_MUST_BE_ENTITLED));
	}

}
