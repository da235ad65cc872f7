package vn.dossierledger.command.dossier;

import java.util.Objects;

import vn.dossierledger.events.dossier.DeliveryMethod;
import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.SubjectRef;

/**
 * A result is handed over once its fees are paid (even when late, R11), online only if it
 * was issued electronically, and only to the applicant, the representative or someone
 * holding a recorded authorisation.
 */
final class DeliveryPolicy {

	private DeliveryPolicy() {
	}

	static void requireFeesPaid(long amountDue, long amountPaid, DossierStatus current) {
		if (amountPaid < amountDue) {
			throw new DossierRuleViolation(DossierRule.FEES_OUTSTANDING, current,
					(amountDue - amountPaid) + " VND are still due");
		}
	}

	static void requireElectronicResultForOnlineDelivery(DeliveryMethod method, boolean electronicResult,
			DossierStatus current) {
		if (method == DeliveryMethod.ONLINE && !electronicResult) {
			throw new DossierRuleViolation(DossierRule.ELECTRONIC_RESULT_REQUIRED_FOR_ONLINE_DELIVERY, current,
					"Only an electronic result can be delivered online");
		}
	}

	static void requireEntitledRecipient(SubjectRef recipient, SubjectRef applicant, SubjectRef representative,
			String authorisationRef, DossierStatus current) {
		boolean entitled = Objects.equals(recipient, applicant) || Objects.equals(recipient, representative)
				|| !ReasonedDecisionPolicy.isBlank(authorisationRef);
		if (recipient == null || !entitled) {
			throw new DossierRuleViolation(DossierRule.RECIPIENT_MUST_BE_ENTITLED, current,
					"The recipient must be the applicant, the representative, or hold a recorded authorisation");
		}
	}

}
