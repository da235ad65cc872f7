package vn.dossierledger.events.query.statistics;

/**
 * The additive counters behind the rates: each is a number of dossiers (or a sum) over
 * the period, so the figures of days, units or procedures add up.
 *
 * @param received dossiers received in the period (the usual denominator)
 * @param onTime on time or early, or still open and within the due date (R3, R4, R6)
 * @param open not yet closed (R6 closing precedence)
 * @param resolvedInPeriod dossiers whose result was issued in the period
 * @param resolutionWorkingMinutes working minutes received → resolved minus pauses,
 * summed over {@code resolvedInPeriod}
 * @param online online channel and, for paper-result procedures, an electronic result
 * @param fullyOnlineEligible dossiers of procedures eligible for fully online service
 * @param fullyOnline online dossiers among {@code fullyOnlineEligible}
 * @param feeBearing dossiers of fee-bearing procedures, all-zero fees excluded
 * @param paidOnline fee-bearing dossiers paid via the national portal or a local gateway
 * @param paperResultResolved resolved dossiers of procedures whose result is paper
 * @param electronicResult those of them with an electronic result file
 * @param digitised every component digitised and an electronic result
 * @param dataReused at least one component reused from the citizen's repository
 * @param delivered results handed to the applicant
 * @param rated dossiers rated by the applicant
 * @param ratingSum sum of the scores 1–5
 * @param lowRated rated 2 or below (read as "dislike" for 766 §5.4)
 * @param apologised dossiers with a written apology (Form 04)
 * @param supplementRequested dossiers sent back for a supplement during processing
 * @param withdrawn dossiers withdrawn after receipt
 * @param stopped dossiers whose processing was stopped (Form 05)
 */
public record IndicatorCountsView(long received, long onTime, long open, long resolvedInPeriod,
		long resolutionWorkingMinutes, long online, long fullyOnlineEligible, long fullyOnline, long feeBearing,
		long paidOnline, long paperResultResolved, long electronicResult, long digitised, long dataReused,
		long delivered, long rated, long ratingSum, long lowRated, long apologised, long supplementRequested,
		long withdrawn, long stopped) {

	public long late() {
		return this.received - this.onTime;
	}

}
