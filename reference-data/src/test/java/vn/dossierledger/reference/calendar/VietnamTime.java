package vn.dossierledger.reference.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Test helper: instants written as Vietnamese wall-clock time, so expected values read
 * like a receipt.
 */
final class VietnamTime {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

	/**
	 * @param localDateTime e.g. {@code "2026-02-13T10:00"}
	 */
	static Instant vn(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
	}

}
