package vn.dossierledger.projection.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.dossierledger.projection.access.ReaderWindow.OutsideRead;

class ReaderWindowTest {

	private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

	private static final Duration WEEK = Duration.ofDays(7);

	@Test
	void countsDifferentDossiersReadWithinTheWindow() {
		ReaderWindow window = new ReaderWindow("hn-xd-vt-01");
		window.add(new OutsideRead("e1", "d1", T0), WEEK);
		window.add(new OutsideRead("e2", "d1", T0.plusSeconds(60)), WEEK);
		window.add(new OutsideRead("e3", "d2", T0.plusSeconds(120)), WEEK);

		assertThat(window.distinctDossiers()).isEqualTo(2);
		assertThat(window.reads()).extracting(OutsideRead::eventId).containsExactly("e1", "e2", "e3");
	}

	@Test
	void forgetsReadsOlderThanTheWindowBeforeTheNewOne() {
		ReaderWindow window = new ReaderWindow("hn-xd-vt-01");
		window.add(new OutsideRead("e1", "d1", T0), WEEK);
		window.add(new OutsideRead("e2", "d2", T0.plus(WEEK)), WEEK);
		window.add(new OutsideRead("e3", "d3", T0.plus(WEEK).plusMillis(1)), WEEK);

		assertThat(window.reads()).extracting(OutsideRead::eventId).containsExactly("e2", "e3");
		assertThat(window.distinctDossiers()).isEqualTo(2);
	}

	@Test
	void keepsTheNewestReadsWhenTheyOutgrowTheColumn() {
		ReaderWindow window = new ReaderWindow("hn-xd-vt-01");
		for (int read = 0; read < 200; read++) {
			window.add(new OutsideRead("event-" + read + "-" + "x".repeat(30), "dossier-" + read, T0.plusSeconds(read)),
					WEEK);
		}

		assertThat(window.reads()).last().extracting(OutsideRead::dossierId).isEqualTo("dossier-199");
		assertThat(window.reads().size()).isLessThan(200);
		assertThat(window.reads().stream().mapToInt((read) -> read.format().length() + 1).sum()).isLessThan(4002);
	}

	@Test
	void startsAfreshOnceItRaisedAFlag() {
		ReaderWindow window = new ReaderWindow("hn-xd-vt-01");
		window.add(new OutsideRead("e1", "d1", T0), WEEK);
		window.clear();

		assertThat(window.reads()).isEmpty();
		assertThat(window.distinctDossiers()).isZero();
	}

}
