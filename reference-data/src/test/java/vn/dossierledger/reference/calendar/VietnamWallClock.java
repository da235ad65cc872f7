package vn.dossierledger.reference.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Test helper: instants written as Vietnamese wall-clock time, so expected values read
 * like a receipt.
 */
final class VietnamWallClock {

	static final ZoneId VIETNAM = vn.dossierledger.events.dossier.VietnamTime.ZONE;

	private VietnamWallClock() {
	}

	/**
	 * @param localDateTime e.g. {@code "2026-02-13T10:00"}
	 */
	static Instant vn(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
	}

}
