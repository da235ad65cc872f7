package vn.dossierledger.events.query.status;

/**
 * What the citizen must do now, if anything: supply what an open supplement request asks
 * for (status 5), or pay what is due (status 6, or fees asked after the result). Both
 * {@code null} when nothing is expected of them.
 */
public record ExpectedOfCitizen(ExpectedSupplement supplement, ExpectedPayment payment) {

	public static final ExpectedOfCitizen NOTHING = new ExpectedOfCitizen(null, null);

}
