package vn.dossierledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpTest {

	/** Load that only records what it was asked for; the JIT watched is this JVM's. */
	private final List<Duration> loads = new ArrayList<>();

	private final ProcessCpu self = new ProcessCpu(ProcessHandle.current().pid());

	@Test
	void stopsAfterTheMinimumWhenNoSliceFitsBeforeTheMaximum() {
		WarmUp warmUp = new WarmUp(Duration.ofMillis(10), Duration.ofMillis(10), 0.05);

		WarmUp.Taken taken = warmUp.run(this.self, this::load);

		assertThat(this.loads).containsExactly(Duration.ofMillis(10));
		assertThat(taken.jitShareOfLastSlice()).isNaN();
		assertThat(taken.describe()).isEqualTo("warm-up 0.0 min");
	}

	@Test
	void watchesOneSliceAndStopsWhenTheJitIsBelowTheShare() {
		WarmUp warmUp = new WarmUp(Duration.ZERO, Duration.ofMinutes(10), Double.MAX_VALUE);

		WarmUp.Taken taken = warmUp.run(this.self, this::load);

		assertThat(this.loads).containsExactly(Duration.ZERO, WarmUp.SLICE);
		assertThat(taken.jitShareOfLastSlice()).isNotNaN().isGreaterThanOrEqualTo(0);
		assertThat(taken.describe()).contains("JIT at").contains("of one core in its last 20 s");
	}

	@Test
	void keepsLoadingWhileTheJitIsBusyUntilTheMaximum() {
		// A share no JIT can get under: every slice that fits before the maximum runs.
		WarmUp warmUp = new WarmUp(Duration.ZERO, WarmUp.SLICE.multipliedBy(3), -1);

		warmUp.run(this.self, this::load);

		assertThat(this.loads).containsExactly(Duration.ZERO, WarmUp.SLICE, WarmUp.SLICE, WarmUp.SLICE);
	}

	private void load(Duration duration) {
		this.loads.add(duration);
	}

}
