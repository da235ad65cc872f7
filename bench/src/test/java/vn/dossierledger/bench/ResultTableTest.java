package vn.dossierledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultTableTest {

	@Test
	void smallRatiosKeepTheirDigits() {
		assertThat(ResultTable.percent(0.5)).isEqualTo("50 %");
		assertThat(ResultTable.percent(0.047)).isEqualTo("4.7 %");
		assertThat(ResultTable.percent(0.0003)).isEqualTo("0.03 %");
	}

	@Test
	void rendersOneRowPerMeasurementWithRatio() {
		ResultTable table = new ResultTable();
		table.compare("append", 50, "commands/s", 200, "tx/s", "≥ 50 %");
		table.note("shared machine");
		assertThat(table.render()).contains("| append | 50 commands/s | 200 tx/s | 25 % | ≥ 50 % |")
			.contains("- shared machine");
	}

}
