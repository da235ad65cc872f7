package vn.dossierledger.events.query.status;

import java.time.Instant;
import java.util.List;

/**
 * One step of a dossier that its citizen may see, with the facts they need of it; a fact
 * the step does not have is {@code null} (or an empty list).
 *
 * @param step stable code: SUBMITTED, INTAKE_SUPPLEMENT_REQUESTED, SUPPLEMENT_SUBMITTED,
 * INTAKE_REJECTED, RECEIVED, TRANSFERRED, SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED,
 * FEE_REQUESTED, PAYMENT_SUCCEEDED, PAYMENT_FAILED, PAYMENT_REFUNDED, APOLOGY_ISSUED,
 * DUE_DATE_MISSED, DECISION_SIGNED, RESULT_ISSUED, RESULT_DELIVERED, PROCESSING_STOPPED,
 * WITHDRAWAL_REQUESTED, WITHDRAWN, RATED
 * @param label the step in Vietnamese, e.g. "Tiếp nhận hồ sơ"
 * @param occurredAt when it happened (the business time the event records)
 * @param nationalStatusCode the national status code (TrangThaiHoSo, 1–10) after the step
 * @param reason the written reason of a refusal, stop, supplement request or apology
 * @param legalBasis the legal basis of a refusal, stop or supplement request
 * @param supplementItems what a supplement request asks for, item by item
 * @param fees the fee lines of a fee request
 * @param amountVnd the total of a fee request, or the amount paid, failed or refunded
 * @param unitId the unit a transfer handed the dossier to
 * @param unitName its name
 * @param newDueAt the due date in force after the step, when the step set or moved it
 * (receipt, supplement received, payment, apology)
 */
public record CitizenStepView(String step, String label, Instant occurredAt, int nationalStatusCode, String reason,
		String legalBasis, List<SupplementItemView> supplementItems, List<FeeLineView> fees, Long amountVnd,
		String unitId, String unitName, Instant newDueAt) {

	public CitizenStepView {
		supplementItems = List.copyOf(supplementItems);
		fees = List.copyOf(fees);
	}

}
