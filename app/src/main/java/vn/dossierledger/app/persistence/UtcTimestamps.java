package vn.dossierledger.app.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.function.Function;

/**
 * Reads the one timestamp shape the ledger itself writes — UTC in ISO-8601 with zero to
 * nine fraction digits, {@code 2026-11-23T21:11:12.123Z} — by its fixed positions, and
 * hands anything else (offsets, lower-case zone letters, years past 9999, leap seconds,
 * malformed text) to the general parser given, so those keep their exact meaning and
 * errors. {@code DateTimeFormatter}'s general parser was ~10 % of a processor's CPU in a
 * rebuild profile: every stored event's timestamp and every {@code Instant} in its
 * payload go through it.
 */
final class UtcTimestamps {

	private static final int SHORTEST = "2026-11-23T21:11:12Z".length();

	private static final int LONGEST = "2026-11-23T21:11:12.123456789Z".length();

	private static final int SECONDS_PER_DAY = 86_400;

	/** By how many fraction digits short of nine the text is: 10 to that power. */
	private static final int[] NANO_SCALE = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private UtcTimestamps() {
	}

	static Instant parse(CharSequence text, Function<CharSequence, Instant> generalParser) {
		Instant instant = parseUtc(text);
		return (instant != null) ? instant : generalParser.apply(text);
	}

	/** The instant, or {@code null} when the text is not in the ledger's own shape. */
	static Instant parseUtc(CharSequence text) {
		int length = text.length();
		if (length < SHORTEST || length > LONGEST || length == SHORTEST + 1 || text.charAt(length - 1) != 'Z'
				|| text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
				|| text.charAt(16) != ':' || (length > SHORTEST && text.charAt(19) != '.')) {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		// "12.5Z" is 500,000,000 ns: scaled by the fraction digits missing up to nine.
		int nanos = (length > SHORTEST) ? digits(text, 20, length - 1) * NANO_SCALE[LONGEST - length] : 0;
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
				|| hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || nanos < 0) {
			return null;
		}
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second, nanos);
	}

	/** The decimal number in {@code [from, to)}, or -1 if any character is no digit. */
	private static int digits(CharSequence text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
