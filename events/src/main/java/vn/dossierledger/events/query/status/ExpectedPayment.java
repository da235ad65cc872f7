package vn.dossierledger.events.query.status;

import java.util.List;

/**
 * The fees not yet paid: the lines of the fee requests since everything asked was last
 * paid, and the amount still due.
 */
public record ExpectedPayment(List<FeeLineView> fees, long amountDueVnd) {

	public ExpectedPayment {
		fees = List.copyOf(fees);
	}

}
