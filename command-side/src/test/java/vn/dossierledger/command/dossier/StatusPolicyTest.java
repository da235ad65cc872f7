package vn.dossierledger.command.dossier;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusPolicyTest {

	@Test
	void allowsACommandFromAListedStatus() {
		assertThatCode(() -> StatusPolicy.requireStatus(DossierStatus.RECEIVED, "transfer", DossierStatus.RECEIVED,
				DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesACommandFromAnUnlistedStatusNamingTheNationalCode() {
		assertThatThrownBy(
				() -> StatusPolicy.requireStatus(DossierStatus.DELIVERED, "transfer", DossierStatus.RECEIVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class, (violation) -> {
				assertThat(violation.rule()).isEqualTo(DossierRule.ILLEGAL_TRANSITION);
				assertThat(violation.currentStatus()).isEqualTo(DossierStatus.DELIVERED);
			})
			.hasMessageContaining("10 Đã trả kết quả");
	}

	@Test
	void letsTheApplicantWithdrawUntilTheResult() {
		assertThatCode(() -> StatusPolicy.requireWithdrawable(DossierStatus.AWAITING_PAYMENT))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> StatusPolicy.requireWithdrawable(DossierStatus.RESOLVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.ILLEGAL_TRANSITION))
			.hasMessageStartingWith("Cannot withdraw a dossier in status RESOLVED")
			.hasMessageEndingWith("allowed from [SUBMITTED, INTAKE_SUPPLEMENT, RECEIVED, IN_PROCESSING, "
					+ "AWAITING_SUPPLEMENT, AWAITING_PAYMENT]");
	}

	@Test
	void acceptsAWithdrawalRequestedWhileTheDossierIsStillWithdrawable() {
		assertThatCode(() -> StatusPolicy.requirePendingWithdrawal(true, DossierStatus.IN_PROCESSING))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesToAcceptAWithdrawalNotRequestedOrLapsedWithTheResult() {
		assertThatThrownBy(() -> StatusPolicy.requirePendingWithdrawal(false, DossierStatus.IN_PROCESSING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.ILLEGAL_TRANSITION))
			.hasMessage("No pending withdrawal request to accept in status IN_PROCESSING");
		assertThatThrownBy(() -> StatusPolicy.requirePendingWithdrawal(true, DossierStatus.RESOLVED))
			.hasMessage("No pending withdrawal request to accept in status RESOLVED");
	}

	@Test
	void awaitsFeesWhileProcessingWaitsForThemOrAfterTheResultWhileUnpaid() {
		assertThatCode(() -> StatusPolicy.requireFeesAwaited(DossierStatus.AWAITING_PAYMENT, 200_000, 0, "pay"))
			.doesNotThrowAnyException();
		assertThatCode(() -> StatusPolicy.requireFeesAwaited(DossierStatus.RESOLVED, 200_000, 0, "pay"))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAPaymentWhenNoFeesAreAwaited() {
		assertThatThrownBy(() -> StatusPolicy.requireFeesAwaited(DossierStatus.RESOLVED, 200_000, 200_000,
				"confirm a payment for"))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.ILLEGAL_TRANSITION))
			.hasMessageStartingWith("Cannot confirm a payment for a dossier in status RESOLVED");
		assertThatThrownBy(() -> StatusPolicy.requireFeesAwaited(DossierStatus.IN_PROCESSING, 200_000, 0, "pay"))
			.isInstanceOf(DossierRuleViolation.class);
	}

}
