package vn.dossierledger.projection.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dossierledger.events.query.statistics.IndicatorCountsView;
import vn.dossierledger.events.query.statistics.IndicatorRatesView;

class IndicatorRatesTest {

	@Test
	void everyRateIsNotApplicableWithoutDossiers() {
		IndicatorRatesView rates = IndicatorRates.of(StatisticsReader.sum(java.util.List.of()));
		for (String indicator : IndicatorRatesView.INDICATORS) {
			assertThat(rates.value(indicator)).as(indicator).isNull();
		}
	}

	@Test
	void satisfactionIsAHundredLessTheOverdueAndDislikedShares() {
		// 4 received, 3 on time (25 % late), 1 rated 1 (25 % disliked) → 50 %
		IndicatorCountsView counts = new IndicatorCountsView(4, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 6, 1, 0, 0,
				0, 0);
		IndicatorRatesView rates = IndicatorRates.of(counts);
		assertThat(rates.satisfaction()).isEqualTo(50.0);
		assertThat(rates.meanRating()).isEqualTo(3.0);
		assertThat(rates.ratingCoverage()).isEqualTo(100.0);
		assertThat(rates.onTime()).isEqualTo(75.0);
	}

	@Test
	void satisfactionNeverGoesBelowZero() {
		assertThat(IndicatorRates.satisfaction(80.0, 40.0)).isZero();
	}

}
