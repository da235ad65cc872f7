package vn.dossierledger.projection.statistics;

import vn.dossierledger.events.query.statistics.IndicatorCountsView;
import vn.dossierledger.events.query.statistics.IndicatorRatesView;

/**
 * Rates from counters (DOMAIN §7.3): percentages rounded to 2 decimals, {@code null}
 * ("N/A") when the denominator is zero.
 */
public final class IndicatorRates {

	private IndicatorRates() {
	}

	public static IndicatorRatesView of(IndicatorCountsView counts) {
		Double lateShare = percent(counts.late(), counts.received());
		Double lowRatedShare = percent(counts.lowRated(), counts.received());
		return new IndicatorRatesView(round(percent(counts.onTime(), counts.received())), round(lateShare),
				round(percent(counts.online(), counts.received())),
				round(percent(counts.fullyOnline(), counts.fullyOnlineEligible())),
				round(percent(counts.paidOnline(), counts.feeBearing())),
				round(percent(counts.electronicResult(), counts.paperResultResolved())),
				round(percent(counts.digitised(), counts.received())),
				round(percent(counts.dataReused(), counts.received())), round(satisfaction(lateShare, lowRatedShare)),
				round(lowRatedShare), round(ratio(counts.ratingSum(), counts.rated())),
				round(percent(counts.rated(), counts.delivered())),
				round(ratio(counts.resolutionWorkingMinutes(), counts.resolvedInPeriod())));
	}

	/**
	 * 766 §5.4: 100% − (overdue% + share of dossiers disliked). PAKN (complaints) would
	 * be part of the second term; the ledger records none yet.
	 */
	static Double satisfaction(Double lateShare, Double lowRatedShare) {
		if (lateShare == null || lowRatedShare == null) {
			return null;
		}
		return Math.max(0, 100 - (lateShare + lowRatedShare));
	}

	static Double percent(long part, long whole) {
		return (whole == 0) ? null : 100.0 * part / whole;
	}

	static Double ratio(long sum, long count) {
		return (count == 0) ? null : (double) sum / count;
	}

	private static Double round(Double value) {
		return (value == null) ? null : Decision766Scorecard.round2(value);
	}

}
