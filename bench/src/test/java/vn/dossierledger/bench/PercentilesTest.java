package vn.dossierledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

	@Test
	void nearestRankOfOneToHundredIsThePercentItself() {
		long[] shuffled = LongStream.rangeClosed(1, 100).map((i) -> (i * 37) % 100 + 1).toArray();
		Percentiles percentiles = Percentiles.of(shuffled);
		assertThat(percentiles.at(50)).isEqualTo(50);
		assertThat(percentiles.at(99)).isEqualTo(99);
		assertThat(percentiles.at(100)).isEqualTo(100);
		assertThat(percentiles.at(0.5)).isEqualTo(1);
	}

	@Test
	void p99OfTenValuesIsTheLargest() {
		Percentiles percentiles = Percentiles.of(new long[] { 5, 1, 9, 3, 7, 2, 8, 4, 6, 10 });
		assertThat(percentiles.at(99)).isEqualTo(10);
		assertThat(percentiles.at(50)).isEqualTo(5);
		assertThat(percentiles.at(90)).isEqualTo(9);
	}

	@Test
	void leavesTheRecordedValuesUnsorted() {
		long[] recorded = { 3, 1, 2 };
		Percentiles.of(recorded);
		assertThat(recorded).containsExactly(3, 1, 2);
	}

	@Test
	void refusesEmptyRecordingsAndPercentsOutOfRange() {
		assertThatIllegalStateException().isThrownBy(() -> Percentiles.of(new long[0]).at(50));
		assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.of(new long[] { 1 }).at(0));
		assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.of(new long[] { 1 }).at(101));
	}

}
