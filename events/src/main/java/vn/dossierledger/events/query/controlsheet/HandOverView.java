package vn.dossierledger.events.query.controlsheet;

import java.time.Instant;

/**
 * One hand-over: "1. Giao (giver) – 2. Nhận (receiver)", when, for which step and by when
 * the receiver had to hand it on; once they did, the outcome and the working time they
 * held it.
 *
 * @param kind RECEIPT (desk receives from the applicant), TRANSFER, RESULT_ISSUED (the
 * result goes to the desk), RESULT_DELIVERED (the desk hands it to the applicant)
 * @param giverId an officer id, or the applicant's subject reference for the receipt
 * @param receiverId an officer id, the recipient's subject reference for the delivery, or
 * {@code null} when the result waits at the desk unit
 * @param outcome EARLY, ON_TIME or LATE once handed on against a step deadline
 * @param outcomeLabel trước hạn, đúng hạn or quá hạn
 */
public record HandOverView(int number, String kind, String giverId, String giverUnitId, String receiverId,
		String receiverUnitId, String receiverAgencyId, String receiverAgencyName, Instant handedOverAt,
		String stepCode, String stepName, Instant stepDeadline, Instant handedOnAt, String outcome, String outcomeLabel,
		Long heldWorkingMinutes) {
}
