package vn.dossierledger.projection.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReadModelPositionTest {

	@Test
	void isCaughtUpWhenRunningWithoutErrorAtTheHeadAndNotReplaying() {
		assertThat(ReadModelPosition.of("dossier-status", true, false, false, List.of(), 2, 41L, 41L, 0).caughtUp())
			.isTrue();
	}

	@Test
	void isNeverCaughtUpWhileReplayingEvenAtTheHead() {
		ReadModelPosition position = ReadModelPosition.of("dossier-status", true, true, false, List.of(), 2, 41L, 41L,
				0);

		assertThat(position.caughtUp()).isFalse();
	}

	@Test
	void isNotCaughtUpBehindTheHeadInErrorStoppedOrWithoutSegments() {
		assertThat(ReadModelPosition.of("g", true, false, false, List.of(), 2, 40L, 41L, 1).caughtUp()).isFalse();
		assertThat(ReadModelPosition.of("g", true, false, true, List.of("x"), 2, 41L, 41L, 0).caughtUp()).isFalse();
		assertThat(ReadModelPosition.of("g", false, false, false, List.of(), 2, 41L, 41L, 0).caughtUp()).isFalse();
		assertThat(ReadModelPosition.of("g", true, false, false, List.of(), 0, null, 41L, 0).caughtUp()).isFalse();
	}

}
