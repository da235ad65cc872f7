package vn.dossierledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpenLoopPacerTest {

	@Test
	void firesRateTimesDurationRequestsEvenlySpaced() {
		FakeTimer timer = new FakeTimer(1_000);
		List<Long> dues = new ArrayList<>();
		long start = new OpenLoopPacer(1000, Duration.ofSeconds(2)).run(timer, (index, due) -> dues.add(due));
		assertThat(start).isEqualTo(1_000);
		assertThat(dues).hasSize(2000);
		assertThat(dues.get(0)).isEqualTo(start);
		assertThat(dues.get(1) - dues.get(0)).isEqualTo(1_000_000);
		assertThat(dues.get(1999) - start).isEqualTo(1_999_000_000L);
	}

	@Test
	void waitsUntilEachDueTimeAndFiresNoEarlier() {
		FakeTimer timer = new FakeTimer(0);
		List<Long> firedAt = new ArrayList<>();
		new OpenLoopPacer(4, Duration.ofSeconds(1)).run(timer, (index, due) -> firedAt.add(timer.now));
		assertThat(firedAt).containsExactly(0L, 250_000_000L, 500_000_000L, 750_000_000L);
	}

	@Test
	void neverFiresBeforeTheDueTimeWhenAWaitEndsEarly() {
		FakeTimer timer = new FakeTimer(0);
		timer.wakesUpEarly = true;
		List<long[]> firedAtAndDue = new ArrayList<>();
		new OpenLoopPacer(1000, Duration.ofMillis(20)).run(timer,
				(index, due) -> firedAtAndDue.add(new long[] { timer.now, due }));
		assertThat(firedAtAndDue).hasSize(20)
			.allSatisfy((fired) -> assertThat(fired[0]).isGreaterThanOrEqualTo(fired[1]));
	}

	@Test
	void whenBehindFiresAtOnceAndKeepsTheScheduledDueTimes() {
		FakeTimer timer = new FakeTimer(0);
		List<Long> dues = new ArrayList<>();
		new OpenLoopPacer(10, Duration.ofSeconds(1)).run(timer, (index, due) -> {
			dues.add(due);
			if (index == 0) {
				// A stall of 350 ms in the load generator: the next requests are late.
				timer.now += 350_000_000L;
			}
		});
		assertThat(dues).hasSize(10);
		assertThat(dues.subList(0, 5)).containsExactly(0L, 100_000_000L, 200_000_000L, 300_000_000L, 400_000_000L);
		assertThat(timer.sleeps).noneMatch((nanos) -> nanos <= 0);
		assertThat(timer.sleeps.get(0)).isEqualTo(50_000_000L);
	}

	@Test
	void countsOnlyWholeRequestsWithinTheDuration() {
		assertThat(new OpenLoopPacer(1000, Duration.ofMillis(1500)).count()).isEqualTo(1500);
		assertThat(new OpenLoopPacer(3, Duration.ofMillis(500)).count()).isEqualTo(1);
	}

	private static final class FakeTimer implements OpenLoopPacer.Timer {

		private long now;

		private final List<Long> sleeps = new ArrayList<>();

		/** Each wait ends after a third of the time asked for. */
		private boolean wakesUpEarly;

		FakeTimer(long now) {
			this.now = now;
		}

		@Override
		public long nanoTime() {
			return this.now;
		}

		@Override
		public void sleepNanos(long nanos) {
			this.sleeps.add(nanos);
			this.now += this.wakesUpEarly ? Math.max(1, nanos / 3) : nanos;
		}

	}

}
