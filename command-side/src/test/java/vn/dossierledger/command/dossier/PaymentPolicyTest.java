package vn.dossierledger.command.dossier;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.PaymentGateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dossierledger.command.dossier.DossierTestSupport.DOSSIER_ID;
import static vn.dossierledger.command.dossier.DossierTestSupport.OTHER_DOSSIER_ID;

class PaymentPolicyTest {

	private static final DossierStatus AWAITING = DossierStatus.AWAITING_PAYMENT;

	private static final PaymentGateway PORTAL = PaymentGateway.NATIONAL_PORTAL;

	@Test
	void takesARepeatedCallbackWithTheSameAmountAndGatewayForTheSamePayment() {
		assertThatCode(
				() -> PaymentPolicy.requireSamePaymentAsRecorded("TX-1", 200_000, PORTAL, 200_000, PORTAL, AWAITING))
			.doesNotThrowAnyException();
		assertThatCode(() -> PaymentPolicy.requireSamePaymentAsRecorded("TX-1", 200_000, null, 200_000,
				PaymentGateway.CASH_AT_DESK, AWAITING))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesATransactionIdReusedWithAnotherAmountOrGateway() {
		assertThatThrownBy(
				() -> PaymentPolicy.requireSamePaymentAsRecorded("TX-1", 200_000, PORTAL, 100_000, PORTAL, AWAITING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.TRANSACTION_ID_REUSED))
			.hasMessageContaining("with another amount");
		assertThatThrownBy(() -> PaymentPolicy.requireSamePaymentAsRecorded("TX-1", 200_000, PORTAL, 200_000,
				PaymentGateway.CASH_AT_DESK, AWAITING))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.TRANSACTION_ID_REUSED))
			.hasMessageContaining("with another gateway");
	}

	@Test
	void acceptsAPaymentOfAllThatIsStillDueOrMore() {
		assertThatCode(() -> PaymentPolicy.requireAmountDueCovered(150_000, 200_000, 50_000, AWAITING))
			.doesNotThrowAnyException();
		assertThatCode(() -> PaymentPolicy.requireAmountDueCovered(200_000, 200_000, 50_000, AWAITING))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAPaymentBelowWhatIsStillDue() {
		assertThatThrownBy(() -> PaymentPolicy.requireAmountDueCovered(100_000, 200_000, 50_000, AWAITING))
			.isInstanceOfSatisfying(DossierRuleViolation.class, (violation) -> {
				assertThat(violation.rule()).isEqualTo(DossierRule.PAYMENT_BELOW_AMOUNT_DUE);
				assertThat(violation.currentStatus()).isEqualTo(AWAITING);
			})
			.hasMessage("Paid 100000 VND of 150000 VND due");
	}

	@Test
	void refundsAConfirmedPaymentOfItsAmount() {
		assertThat(PaymentPolicy.requireConfirmedPayment("TX-1", 200_000L, DossierStatus.RESOLVED)).isEqualTo(200_000);
	}

	@Test
	void refusesARefundOfAnUnknownTransaction() {
		assertThatThrownBy(() -> PaymentPolicy.requireConfirmedPayment("TX-9", null, DossierStatus.RESOLVED))
			.isInstanceOfSatisfying(DossierRuleViolation.class,
					(violation) -> assertThat(violation.rule()).isEqualTo(DossierRule.UNKNOWN_TRANSACTION))
			.hasMessage("No confirmed payment TX-9 on this dossier");
	}

}
