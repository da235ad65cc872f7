package vn.dossierledger.command.catalogue;

/**
 * The rules DOMAIN.md marks [MEM] or [PROP]: unverified or proposed, so they are data of
 * a procedure version rather than code. A dossier keeps the rulebook of the procedure
 * version it was received under.
 *
 * @param maxIntakeSupplementRequests supplement requests allowed at the one-stop desk
 * (R1)
 * @param maxProcessingSupplementRequests supplement requests allowed during appraisal
 * without an override (R3)
 * @param maxSupplementRequestsWithOverride the ceiling per stage even with an override
 * reason (R2: applicants may not be made to come back more than twice)
 * @param maxApologies apologies with a new appointment date allowed (R5)
 * @param pauseClockForPayment whether waiting for a financial obligation stops the clock
 * @param apologyWindowWorkingHours how long before the due date an apology may be issued
 * @param minReasonLength shortest acceptable free-text reason (red flag F2)
 * @param requireSeparationOfReceiverAndApprover whether the receiving officer may not
 * also approve the same dossier (red flag F14)
 * @param holdingLimitFactor k of red flag F6: an officer still holding a transferred
 * dossier after k × the step's allotted working time has held it too long, and the
 * statutory clock records it (DOMAIN §5.2 proposes k = 2)
 */
public record Rulebook(int maxIntakeSupplementRequests, int maxProcessingSupplementRequests,
		int maxSupplementRequestsWithOverride, int maxApologies, boolean pauseClockForPayment,
		int apologyWindowWorkingHours, int minReasonLength, boolean requireSeparationOfReceiverAndApprover,
		double holdingLimitFactor) {

	/** Used where the catalogue file sets no defaults of its own. */
	public static final Rulebook DEFAULTS = new Rulebook(1, 1, 2, 1, false, 16, 10, true, 2);

}
