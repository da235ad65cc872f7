package vn.dossierledger.command.dossier;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.PaymentGateway;

/**
 * A payment is known by its gateway's transaction id: a callback repeated with the same
 * id, amount and gateway is the same payment (a no-op); the same id with another amount
 * or gateway is not, and neither is an id that already paid another dossier. A payment
 * covers all that is still due; only a confirmed payment can be refunded.
 */
final class PaymentPolicy {

	private PaymentPolicy() {
	}

	/**
	 * @param recordedGateway the gateway recorded with the payment; {@code null} when the
	 * dossier was restored from a snapshot taken before gateways were kept, then only the
	 * amount is compared
	 */
	static void requireSamePaymentAsRecorded(String transactionId, long recordedAmount, PaymentGateway recordedGateway,
			long amount, PaymentGateway gateway, DossierStatus current) {
		boolean sameGateway = recordedGateway == null || recordedGateway == gateway;
		if (recordedAmount != amount || !sameGateway) {
			throw new DossierRuleViolation(DossierRule.TRANSACTION_ID_REUSED, current, "Transaction " + transactionId
					+ " is already recorded on this dossier with another " + (sameGateway ? "amount" : "gateway")
					+ "; a repeated callback must carry the same amount and gateway, a new payment a new transaction id");
		}
	}

	static void requireAmountDueCovered(long amount, long amountDue, long amountPaid, DossierStatus current) {
		long outstanding = amountDue - amountPaid;
		if (amount < outstanding) {
			throw new DossierRuleViolation(DossierRule.PAYMENT_BELOW_AMOUNT_DUE, current,
					"Paid " + amount + " VND of " + outstanding + " VND due");
		}
	}

	/**
	 * @param confirmedAmount the amount confirmed under this transaction id on this
	 * dossier, {@code null} when none was
	 * @return that amount
	 */
	static long requireConfirmedPayment(String transactionId, Long confirmedAmount, DossierStatus current) {
		if (confirmedAmount == null) {
			throw new DossierRuleViolation(DossierRule.UNKNOWN_TRANSACTION, current,
					"No confirmed payment " + transactionId + " on this dossier");
		}
		return confirmedAmount;
	}

}
