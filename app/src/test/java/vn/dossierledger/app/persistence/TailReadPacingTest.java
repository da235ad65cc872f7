package vn.dossierledger.app.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TailReadPacingTest {

	private static final int BATCH = 1000;

	private static final long MILLI = 1_000_000;

	private final AtomicLong now = new AtomicLong(42 * MILLI);

	private final List<Long> pauses = new ArrayList<>();

	private final TailReadPacing pacing = new TailReadPacing(Duration.ofMillis(10), this.now::get, (nanos) -> {
		this.pauses.add(nanos);
		this.now.addAndGet(nanos);
	});

	@Test
	void aReaderThatHasNotReachedTheHeadFetchesAtOnce() {
		this.pacing.awaitTurn();
		this.pacing.fetched(BATCH, BATCH);
		this.pacing.awaitTurn();
		this.pacing.fetched(BATCH, BATCH);
		this.pacing.awaitTurn();

		assertThat(this.pauses).isEmpty();
	}

	@Test
	void afterAShortFetchTheNextWaitsOutTheRestOfTheInterval() {
		this.pacing.fetched(2, BATCH);
		this.now.addAndGet(3 * MILLI);

		this.pacing.awaitTurn();

		assertThat(this.pauses).containsExactly(7 * MILLI);
	}

	@Test
	void anEmptyFetchCountsAsShort() {
		this.pacing.fetched(0, BATCH);

		this.pacing.awaitTurn();

		assertThat(this.pauses).containsExactly(10 * MILLI);
	}

	@Test
	void aFetchAfterTheIntervalHasPassedDoesNotWait() {
		this.pacing.fetched(2, BATCH);
		this.now.addAndGet(10 * MILLI);

		this.pacing.awaitTurn();

		assertThat(this.pauses).isEmpty();
	}

	@Test
	void aFullFetchEndsThePacing() {
		this.pacing.fetched(2, BATCH);
		this.pacing.awaitTurn();
		this.pacing.fetched(BATCH, BATCH);

		this.pacing.awaitTurn();

		assertThat(this.pauses).containsExactly(10 * MILLI);
	}

	@Test
	void eachThreadIsPacedByItsOwnFetches() throws InterruptedException {
		Thread other = new Thread(() -> this.pacing.fetched(0, BATCH));
		other.start();
		other.join();

		this.pacing.awaitTurn();

		assertThat(this.pauses).isEmpty();
	}

	@Test
	void aZeroIntervalNeverWaits() {
		TailReadPacing unpaced = new TailReadPacing(Duration.ZERO, this.now::get, this.pauses::add);
		unpaced.fetched(0, BATCH);

		unpaced.awaitTurn();

		assertThat(this.pauses).isEmpty();
	}

	@Test
	void anInterruptedWaitFetchesAtOnceAndKeepsTheInterrupt() {
		AtomicBoolean paused = new AtomicBoolean();
		TailReadPacing interrupted = new TailReadPacing(Duration.ofMillis(10), this.now::get, (nanos) -> {
			paused.set(true);
			throw new InterruptedException();
		});
		interrupted.fetched(0, BATCH);

		try {
			interrupted.awaitTurn();
			assertThat(paused).isTrue();
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void aNegativeIntervalIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TailReadPacing(Duration.ofMillis(-1)))
			.withMessageContaining("tail-read-interval");
	}

}
