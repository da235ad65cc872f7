package vn.dossierledger.projection.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import vn.dossierledger.events.query.statistics.GroupScoreView;
import vn.dossierledger.events.query.statistics.IndicatorRatesView;

class Decision766ScorecardTest {

	private final Decision766Scorecard scorecard = Decision766Scorecard.loadDefault();

	@Test
	void givesFullPointsAtOrAboveTheThreshold() {
		assertThat(Decision766Scorecard.score(80.0, 80, 4)).isEqualTo(4.0);
		assertThat(Decision766Scorecard.score(95.5, 90, 6)).isEqualTo(6.0);
	}

	@Test
	void givesProportionalPointsBelowTheThresholdRoundedToTwoDecimals() {
		assertThat(Decision766Scorecard.score(36.36, 80, 4)).isEqualTo(1.82);
		assertThat(Decision766Scorecard.score(45.45, 90, 6)).isEqualTo(3.03);
		assertThat(Decision766Scorecard.score(0.0, 100, 20)).isEqualTo(0.0);
	}

	@Test
	void scoresNothingWhenTheRateIsNotApplicable() {
		assertThat(Decision766Scorecard.score(null, 100, 20)).isNull();
	}

	@Test
	void roundsHalfUp() {
		assertThat(Decision766Scorecard.round2(12.725)).isEqualTo(12.73);
		assertThat(Decision766Scorecard.round2(66.666666)).isEqualTo(66.67);
	}

	@Test
	void scoresEveryGroupOfTheDataFileAndLeavesUncomputableSubIndicatorsUnscored() {
		IndicatorRatesView rates = new IndicatorRatesView(100.0, 0.0, 60.0, 50.0, 100.0, 50.0, 40.0, 80.0, 90.0, 0.0,
				4.5, 100.0, 600.0);
		var groups = this.scorecard.score(rates);
		assertThat(groups).extracting(GroupScoreView::code)
			.containsExactly("CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL");
		assertThat(groups).extracting(GroupScoreView::score).containsExactly(null, 20.0, 6.0, 6.0, 7.0, 6.0);
		assertThat(groups.get(0).subIndicators()).allMatch((sub) -> !sub.computable() && sub.score() == null);
		assertThat(this.scorecard.notComputable()).hasSize(12).anyMatch((line) -> line.contains("PAKN"));
	}

	@Test
	void refusesADataFileWhoseGroupsDoNotAddUpToAHundred() {
		String yaml = """
				version: broken
				groups:
				  - code: TDGQ
				    name: x
				    maxPoints: 20
				    subIndicators:
				      - { code: "2.1", name: y, indicator: onTime, maxPoints: 20, threshold: 100 }
				""";
		assertThatThrownBy(
				() -> Decision766Scorecard.load(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not 100");
	}

}
