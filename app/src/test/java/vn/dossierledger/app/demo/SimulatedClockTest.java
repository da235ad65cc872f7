package vn.dossierledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class SimulatedClockTest {

	private static final Instant REAL_NOW = Instant.parse("2026-11-23T01:00:00Z");

	private static final Instant WINDOW_START = Instant.parse("2026-10-23T17:00:00Z");

	private final SimulatedClock clock = new SimulatedClock(Clock.fixed(REAL_NOW, ZoneOffset.UTC), WINDOW_START);

	@Test
	void readsTheWindowStartDuringStartUpAndRealTimeAfterwards() {
		assertThat(this.clock.instant()).isEqualTo(WINDOW_START);
		this.clock.leaveStartUp();
		assertThat(this.clock.instant()).isEqualTo(REAL_NOW);
	}

	@Test
	void aWorkerReadsItsOwnSimulatedTimeWhileOtherThreadsReadRealTime() throws Exception {
		this.clock.leaveStartUp();
		Instant businessTime = Instant.parse("2026-11-02T03:15:00Z");
		Instant[] seenByOtherThread = new Instant[1];
		Instant seenByWorker = this.clock.callAt(businessTime, () -> {
			seenByOtherThread[0] = CompletableFuture.supplyAsync(this.clock::instant).join();
			return this.clock.instant();
		});
		assertThat(seenByWorker).isEqualTo(businessTime);
		assertThat(seenByOtherThread[0]).isEqualTo(REAL_NOW);
		assertThat(this.clock.instant()).as("restored after the action").isEqualTo(REAL_NOW);
	}

}
