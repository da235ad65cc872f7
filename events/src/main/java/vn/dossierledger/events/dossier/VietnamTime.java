package vn.dossierledger.events.dossier;

import java.time.ZoneId;

/**
 * Vietnam's legal time (UTC+7, no daylight saving), in which the ledger counts calendar
 * days: the day a procedure version is in force, the date in a dossier code, the days of
 * a statistics period.
 */
public interface VietnamTime {

	/** {@code Asia/Ho_Chi_Minh}. */
	ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

}
