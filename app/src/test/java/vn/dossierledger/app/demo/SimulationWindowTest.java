package vn.dossierledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SimulationWindowTest {

	/** 23:00 in Hà Nội: the window reaches back almost a whole day more than asked. */
	private static final Instant LATE_EVENING = Instant.parse("2026-11-23T16:00:00Z");

	/**
	 * What the demo profile sets: as close to Axon's ceiling (2^31 ms) as whole days go.
	 */
	private static final Duration DEMO_GAP_TIMEOUT = Duration.ofDays(24);

	@Test
	void startsAtTheStartOfTheLegalDayThatManyDaysBack() {
		SimulationWindow window = SimulationWindow.endingAt(LATE_EVENING, 21);
		assertThat(window.start()).isEqualTo(Instant.parse("2026-11-01T17:00:00Z"));
		assertThat(window.end()).isEqualTo(LATE_EVENING);
	}

	@Test
	void theDefaultThreeWeeksKeepEveryGapOpenWithTheDemoGapTimeout() {
		SimulationWindow.endingAt(LATE_EVENING, 21).requireGapsKeptThroughout(DEMO_GAP_TIMEOUT);
		SimulationWindow.endingAt(LATE_EVENING, 22).requireGapsKeptThroughout(DEMO_GAP_TIMEOUT);
	}

	/**
	 * The month the demo used to simulate: its first week was older than any gap timeout
	 * Axon accepts, so read models skipped events committed concurrently while seeding.
	 */
	@Test
	void aWindowOlderThanTheGapTimeoutIsRefusedWithTheLongestThatFits() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SimulationWindow.endingAt(LATE_EVENING, 30).requireGapsKeptThroughout(DEMO_GAP_TIMEOUT))
			.withMessageContaining("dossier-ledger.event-store.gap-timeout")
			.withMessageContaining("at most 22 days");
		assertThatIllegalStateException()
			.isThrownBy(() -> SimulationWindow.endingAt(LATE_EVENING, 23).requireGapsKeptThroughout(DEMO_GAP_TIMEOUT));
	}

	@Test
	void withoutTheDemoProfileTheProductionGapTimeoutFitsNoWindow() {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> SimulationWindow.endingAt(LATE_EVENING, 1).requireGapsKeptThroughout(Duration.ofSeconds(60)))
			.withMessageContaining("Raise the gap timeout");
	}

}
