package vn.dossierledger.events.query.statistics;

/**
 * One scored sub-indicator of a Decision 766 group.
 *
 * @param code sub-indicator number, e.g. "2.1"
 * @param indicator the rate it scores (an {@link IndicatorRatesView#INDICATORS} name), or
 * {@code null} when not computable
 * @param rate the rate in percent, {@code null} when N/A
 * @param threshold the rate that earns full marks
 * @param score {@code max} at or above the threshold, else rate × max / threshold;
 * {@code null} when N/A or not computable
 * @param computable whether the ledger holds the data for it yet
 * @param note why it is not computable, or how it is read
 */
public record SubIndicatorScoreView(String code, String name, String indicator, Double rate, double threshold,
		double maxPoints, Double score, boolean computable, String note) {
}
