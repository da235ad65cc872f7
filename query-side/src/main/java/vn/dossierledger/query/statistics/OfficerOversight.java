package vn.dossierledger.query.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.dossierledger.events.query.statistics.FindOfficerOversightQuery;
import vn.dossierledger.events.query.statistics.OfficerFiguresView;
import vn.dossierledger.events.query.statistics.OfficerOversightView;
import vn.dossierledger.projection.statistics.Decision766Scorecard;
import vn.dossierledger.projection.statistics.StatisticsReader.HeldTime;
import vn.dossierledger.projection.statistics.StatisticsReader.OfficerCounts;

/**
 * An officer's oversight figures against the unit's peers (DOMAIN §7.3 officer level):
 * the unit median of each figure, and the figures where the officer stands out.
 */
final class OfficerOversight {

	/**
	 * A figure above this multiple of the unit median marks the officer as an outlier.
	 */
	static final double OUTLIER_FACTOR = 2.0;

	static final String UNIT_MEDIAN = "unit-median";

	private static final Map<String, Function<OfficerFiguresView, Double>> COMPARED = compared();

	private OfficerOversight() {
	}

	private static Map<String, Function<OfficerFiguresView, Double>> compared() {
		Map<String, Function<OfficerFiguresView, Double>> compared = new LinkedHashMap<>();
		compared.put("medianHeldWorkingMinutes", OfficerFiguresView::medianHeldWorkingMinutes);
		compared.put("supplementRate", OfficerFiguresView::supplementRate);
		compared.put("intakeRefusalRate", OfficerFiguresView::intakeRefusalRate);
		compared.put("withdrawalRate", OfficerFiguresView::withdrawalRate);
		compared.put("lateRate", OfficerFiguresView::lateRate);
		compared.put("apologyRate", OfficerFiguresView::apologyRate);
		return compared;
	}

	static OfficerOversightView compare(FindOfficerOversightQuery query, Instant asOf, String unitId,
			List<OfficerCounts> counts, List<HeldTime> held) {
		Map<String, OfficerCounts> countsByOfficer = counts.stream()
			.collect(Collectors.toMap(OfficerCounts::officerId, Function.identity()));
		Map<String, List<HeldTime>> heldByOfficer = held.stream().collect(Collectors.groupingBy(HeldTime::officerId));
		TreeSet<String> officerIds = new TreeSet<>(countsByOfficer.keySet());
		officerIds.addAll(heldByOfficer.keySet());
		officerIds.add(query.officerId());
		List<OfficerFiguresView> peers = officerIds.stream()
			.map((id) -> figures(id, countsByOfficer.get(id), heldByOfficer.getOrDefault(id, List.of())))
			.toList();
		OfficerFiguresView officer = peers.stream()
			.filter((peer) -> peer.officerId().equals(query.officerId()))
			.findFirst()
			.orElseThrow();
		OfficerFiguresView median = unitMedian(peers);
		List<String> outliers = new ArrayList<>();
		if (peers.size() > 1) {
			COMPARED.forEach((name, figure) -> {
				if (standsOut(figure.apply(officer), figure.apply(median))) {
					outliers.add(name);
				}
			});
		}
		return new OfficerOversightView(query, asOf, unitId, officer, median, peers, outliers);
	}

	static boolean standsOut(Double value, Double unitMedian) {
		if (value == null || unitMedian == null) {
			return false;
		}
		return (unitMedian == 0) ? value > 0 : value > OUTLIER_FACTOR * unitMedian;
	}

	static OfficerFiguresView figures(String officerId, OfficerCounts counts, List<HeldTime> held) {
		Map<String, Double> byStep = new TreeMap<>();
		held.stream()
			.collect(Collectors.groupingBy(HeldTime::stepCode,
					Collectors.mapping((hold) -> (double) hold.workingMinutes(), Collectors.toList())))
			.forEach((step, minutes) -> byStep.put(step, median(minutes)));
		Double overall = median(held.stream().map((hold) -> (double) hold.workingMinutes()).toList());
		if (counts == null) {
			return new OfficerFiguresView(officerId, 0, overall, byStep, null, null, null, null, null);
		}
		return new OfficerFiguresView(officerId, counts.handled(), overall, byStep,
				percent(counts.supplemented(), counts.handled()),
				percent(counts.intakeRefusals(), counts.intakeDecisions()),
				percent(counts.withdrawn(), counts.handled()), percent(counts.late(), counts.received()),
				percent(counts.apologised(), counts.handled()));
	}

	static OfficerFiguresView unitMedian(List<OfficerFiguresView> peers) {
		Map<String, List<Double>> stepValues = new TreeMap<>();
		peers.forEach((peer) -> peer.medianHeldWorkingMinutesByStep()
			.forEach((step, minutes) -> stepValues.computeIfAbsent(step, (s) -> new ArrayList<>()).add(minutes)));
		Map<String, Double> byStep = new TreeMap<>();
		stepValues.forEach((step, values) -> byStep.put(step, median(values)));
		return new OfficerFiguresView(UNIT_MEDIAN,
				Math.round(median(peers.stream().map((peer) -> (double) peer.dossiersHandled()).toList())),
				medianOf(peers, OfficerFiguresView::medianHeldWorkingMinutes), byStep,
				medianOf(peers, OfficerFiguresView::supplementRate),
				medianOf(peers, OfficerFiguresView::intakeRefusalRate),
				medianOf(peers, OfficerFiguresView::withdrawalRate), medianOf(peers, OfficerFiguresView::lateRate),
				medianOf(peers, OfficerFiguresView::apologyRate));
	}

	private static Double medianOf(List<OfficerFiguresView> peers, Function<OfficerFiguresView, Double> figure) {
		return median(peers.stream().map(figure).filter(Objects::nonNull).toList());
	}

	/** The middle value, or the mean of the two middle values; {@code null} for none. */
	static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		double median = (sorted.size() % 2 == 1) ? sorted.get(middle)
				: (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return Decision766Scorecard.round2(median);
	}

	private static Double percent(long part, long whole) {
		return (whole == 0) ? null : Decision766Scorecard.round2(100.0 * part / whole);
	}

}
