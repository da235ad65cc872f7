package vn.dossierledger.query.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.query.statistics.FindOfficerOversightQuery;
import vn.dossierledger.events.query.statistics.OfficerFiguresView;
import vn.dossierledger.events.query.statistics.OfficerOversightView;
import vn.dossierledger.projection.statistics.StatisticsReader.HeldTime;
import vn.dossierledger.projection.statistics.StatisticsReader.OfficerCounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer against the unit's median: a figure more than twice the median (or above a
 * median of zero) stands out, and nobody stands out in a unit of one.
 */
class OfficerOversightTest {

	private static final Instant AS_OF = Instant.parse("2026-02-01T00:00:00Z");

	@Test
	void takesTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
		assertThat(OfficerOversight.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
		assertThat(OfficerOversight.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
		assertThat(OfficerOversight.median(List.of())).isNull();
	}

	@Test
	void standsOutAboveTwiceTheMedianOrAboveAMedianOfZero() {
		assertThat(OfficerOversight.standsOut(20.1, 10.0)).isTrue();
		assertThat(OfficerOversight.standsOut(20.0, 10.0)).isFalse();
		assertThat(OfficerOversight.standsOut(0.5, 0.0)).isTrue();
		assertThat(OfficerOversight.standsOut(0.0, 0.0)).isFalse();
		assertThat(OfficerOversight.standsOut(null, 10.0)).isFalse();
		assertThat(OfficerOversight.standsOut(10.0, null)).isFalse();
	}

	@Test
	void namesTheFiguresWhereTheOfficerStandsOut() {
		OfficerOversightView view = compare("cv-3",
				List.of(counts("cv-1", 10, 1), counts("cv-2", 10, 1), counts("cv-3", 10, 5)),
				List.of(held("cv-1", 60), held("cv-2", 60), held("cv-3", 600)));

		assertThat(view.unitMedian().officerId()).isEqualTo(OfficerOversight.UNIT_MEDIAN);
		assertThat(view.unitMedian().supplementRate()).isEqualTo(10.0);
		assertThat(view.outliers()).containsExactly("medianHeldWorkingMinutes", "supplementRate");
	}

	@Test
	void findsNobodyStandingOutInAUnitOfOne() {
		OfficerOversightView view = compare("cv-1", List.of(counts("cv-1", 10, 9)), List.of(held("cv-1", 600)));

		assertThat(view.peers()).hasSize(1);
		assertThat(view.outliers()).isEmpty();
	}

	@Test
	void countsAnOfficerWithoutDossiersAsAPeerWithNoRates() {
		OfficerOversightView view = compare("cv-new", List.of(counts("cv-1", 10, 1)), List.of());

		OfficerFiguresView officer = view.officer();
		assertThat(officer.dossiersHandled()).isZero();
		assertThat(officer.supplementRate()).isNull();
		assertThat(view.peers()).extracting(OfficerFiguresView::officerId).containsExactly("cv-1", "cv-new");
	}

	@Test
	void takesTheMedianHoldPerStep() {
		OfficerFiguresView figures = OfficerOversight.figures("cv-1", counts("cv-1", 3, 0),
				List.of(new HeldTime("cv-1", "THAM_DINH", 30), new HeldTime("cv-1", "THAM_DINH", 90),
						new HeldTime("cv-1", "PHE_DUYET", 10)));

		assertThat(figures.medianHeldWorkingMinutesByStep()).containsEntry("THAM_DINH", 60.0)
			.containsEntry("PHE_DUYET", 10.0);
		assertThat(figures.medianHeldWorkingMinutes()).isEqualTo(30.0);
	}

	private static OfficerOversightView compare(String officerId, List<OfficerCounts> counts, List<HeldTime> held) {
		return OfficerOversight.compare(
				new FindOfficerOversightQuery(officerId, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null),
				AS_OF, "hn-phk-tp", counts, held);
	}

	private static OfficerCounts counts(String officerId, long handled, long supplemented) {
		return new OfficerCounts(officerId, handled, supplemented, 0, 0, 0, handled, 0, 0);
	}

	private static HeldTime held(String officerId, long workingMinutes) {
		return new HeldTime(officerId, "THAM_DINH", workingMinutes);
	}

}
