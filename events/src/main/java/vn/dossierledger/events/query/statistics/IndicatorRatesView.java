package vn.dossierledger.events.query.statistics;

/**
 * Rates in percent, rounded to 2 decimals; {@code null} ("N/A") when the denominator is
 * zero.
 *
 * @param averageResolutionWorkingMinutes mean working minutes received → resolved minus
 * pauses, over the dossiers resolved in the period
 * @param meanRating mean satisfaction score 1–5
 * @param ratingCoverage rated dossiers per delivered result
 */
public record IndicatorRatesView(Double onTime, Double late, Double online, Double fullyOnline, Double onlinePayment,
		Double electronicResult, Double digitised, Double dataReuse, Double satisfaction, Double lowRated,
		Double meanRating, Double ratingCoverage, Double averageResolutionWorkingMinutes) {

	/** Rankable indicators by their REST name. */
	public static final java.util.List<String> INDICATORS = java.util.List.of("onTime", "late", "online", "fullyOnline",
			"onlinePayment", "electronicResult", "digitised", "dataReuse", "satisfaction", "lowRated", "meanRating",
			"ratingCoverage", "averageResolutionWorkingMinutes");

	/**
	 * @param indicator one of {@link #INDICATORS}
	 * @return its value, {@code null} when not computable
	 */
	public Double value(String indicator) {
		return switch (indicator) {
			case "onTime" -> this.onTime;
			case "late" -> this.late;
			case "online" -> this.online;
			case "fullyOnline" -> this.fullyOnline;
			case "onlinePayment" -> this.onlinePayment;
			case "electronicResult" -> this.electronicResult;
			case "digitised" -> this.digitised;
			case "dataReuse" -> this.dataReuse;
			case "satisfaction" -> this.satisfaction;
			case "lowRated" -> this.lowRated;
			case "meanRating" -> this.meanRating;
			case "ratingCoverage" -> this.ratingCoverage;
			case "averageResolutionWorkingMinutes" -> this.averageResolutionWorkingMinutes;
			default -> throw new IllegalArgumentException("Unknown indicator: " + indicator);
		};
	}

}
