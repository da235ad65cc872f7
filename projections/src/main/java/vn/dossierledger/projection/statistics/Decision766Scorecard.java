package vn.dossierledger.projection.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import vn.dossierledger.events.query.statistics.GroupScoreView;
import vn.dossierledger.events.query.statistics.IndicatorRatesView;
import vn.dossierledger.events.query.statistics.SubIndicatorScoreView;

/**
 * The Decision 766 groups, sub-indicators, thresholds and points, read once from a data
 * file, and the scoring formula (DOMAIN §3): full points at or above the threshold,
 * otherwise proportional; N/A when the rate is.
 */
public final class Decision766Scorecard {

	public static final String DEFAULT_RESOURCE = "statistics/decision-766.yaml";

	private final ScorecardFile file;

	private Decision766Scorecard(ScorecardFile file) {
		this.file = file;
	}

	public static Decision766Scorecard load(Resource resource) {
		ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
			.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
		try (InputStream in = resource.getInputStream()) {
			ScorecardFile file = yaml.readValue(in, ScorecardFile.class);
			file.validate(resource.getDescription());
			return new Decision766Scorecard(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the 766 scorecard " + resource.getDescription(), ex);
		}
	}

	public static Decision766Scorecard loadDefault() {
		return load(new ClassPathResource(DEFAULT_RESOURCE));
	}

	public String version() {
		return this.file.version();
	}

	/**
	 * @param rate percent, {@code null} when N/A
	 * @return {@code max} at or above the threshold, else {@code rate × max / threshold},
	 * rounded to 2 decimals; {@code null} when the rate is N/A
	 */
	public static Double score(Double rate, double threshold, double maxPoints) {
		if (rate == null) {
			return null;
		}
		double rounded = round2(rate);
		return (rounded >= threshold) ? maxPoints : round2(rounded * maxPoints / threshold);
	}

	/** Half-up to 2 decimals, as the national portal reports rates. */
	public static double round2(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	/** Every group scored against the rates. */
	public List<GroupScoreView> score(IndicatorRatesView rates) {
		List<GroupScoreView> groups = new ArrayList<>();
		for (GroupEntry group : this.file.groups()) {
			List<SubIndicatorScoreView> subs = new ArrayList<>();
			double computablePoints = 0;
			Double groupScore = null;
			for (SubIndicatorEntry sub : group.subIndicators()) {
				boolean computable = sub.indicator() != null;
				Double rate = computable ? rates.value(sub.indicator()) : null;
				Double score = score(rate, sub.threshold(), sub.maxPoints());
				if (computable) {
					computablePoints += sub.maxPoints();
				}
				if (score != null) {
					groupScore = round2(((groupScore != null) ? groupScore : 0) + score);
				}
				subs.add(new SubIndicatorScoreView(sub.code(), sub.name(), sub.indicator(), rate, sub.threshold(),
						sub.maxPoints(), score, computable, sub.note()));
			}
			groups.add(new GroupScoreView(group.code(), group.name(), group.maxPoints(), computablePoints, groupScore,
					subs));
		}
		return groups;
	}

	/** "CODE sub: name — note" of every sub-indicator the ledger cannot compute yet. */
	public List<String> notComputable() {
		return this.file.groups()
			.stream()
			.flatMap((group) -> group.subIndicators()
				.stream()
				.filter((sub) -> sub.indicator() == null)
				.map((sub) -> group.code() + " " + sub.code() + " " + sub.name() + ": " + sub.note()))
			.toList();
	}

	record ScorecardFile(String version, List<GroupEntry> groups) {

		void validate(String source) {
			Objects.requireNonNull(this.groups, () -> source + ": no groups");
			double total = 0;
			for (GroupEntry group : this.groups) {
				double sum = group.subIndicators().stream().mapToDouble(SubIndicatorEntry::maxPoints).sum();
				if (Math.abs(sum - group.maxPoints()) > 1e-9) {
					throw new IllegalStateException(source + ": the sub-indicators of " + group.code() + " add up to "
							+ sum + ", not " + group.maxPoints());
				}
				for (SubIndicatorEntry sub : group.subIndicators()) {
					if (sub.threshold() <= 0 || sub.threshold() > 100) {
						throw new IllegalStateException(source + ": threshold of " + sub.code() + " out of (0, 100]");
					}
					if (sub.indicator() != null && !IndicatorRatesView.INDICATORS.contains(sub.indicator())) {
						throw new IllegalStateException(source + ": unknown indicator " + sub.indicator());
					}
				}
				total += group.maxPoints();
			}
			if (Math.abs(total - 100) > 1e-9) {
				throw new IllegalStateException(source + ": groups add up to " + total + ", not 100");
			}
		}

	}

	record GroupEntry(String code, String name, double maxPoints, List<SubIndicatorEntry> subIndicators) {
	}

	record SubIndicatorEntry(String code, String name, String indicator, double maxPoints, double threshold,
			String note) {
	}

}
