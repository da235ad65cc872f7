package vn.dossierledger.app.persistence;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UtcTimestampsTest {

	/**
	 * From before the Unix epoch to the last second of year 9999, at random nanoseconds.
	 */
	private static final long FIRST_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();

	private static final long LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

	@Test
	void readsWhatAxonAndJavaWriteAsTheGeneralParserDoes() {
		SplittableRandom random = new SplittableRandom(766);
		for (int i = 0; i < 200_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(FIRST_SECOND, LAST_SECOND + 1),
					(i % 3 == 0) ? 0 : random.nextInt(1_000_000_000));
			String axon = DateTimeUtils.formatInstant(instant);
			String java = instant.toString();
			assertThat(UtcTimestamps.parseUtc(axon)).as(axon).isEqualTo(DateTimeUtils.parseInstant(axon));
			assertThat(UtcTimestamps.parseUtc(java)).as(java).isEqualTo(Instant.parse(java));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-23T21:11:12Z", "2026-11-23T21:11:12.1Z", "2026-11-23T21:11:12.12Z",
			"2026-11-23T21:11:12.1234Z", "2026-11-23T21:11:12.123456789Z", "2024-02-29T00:00:00.000Z",
			"0000-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z" })
	void readsEveryFractionLengthAndTheCalendarsEdges(String text) {
		assertThat(UtcTimestamps.parseUtc(text)).isEqualTo(DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-23T21:11:12+07:00", "2026-11-23T21:11:12z", "2026-11-23T21:11Z",
			"2026-11-23T21:11:12.Z", "2026-11-23T21:11:12.1234567890Z", "+10000-01-01T00:00:00Z",
			"2026-11-23 21:11:12Z", "2026-11-23T24:00:00Z", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z",
			"2026-00-10T00:00:00Z", "2026-11-00T00:00:00Z", "2016-12-31T23:59:60Z", "2026-11-23T21:60:12Z",
			"2026-1a-23T21:11:12Z", "2026-11-23T21:11:12.12a4Z", "2026-11-23T21:11:12,123Z", "" })
	void leavesEveryOtherShapeToTheGeneralParser(String text) {
		assertThat(UtcTimestamps.parseUtc(text)).isNull();
	}

	@Test
	void fallsBackToTheGeneralParserWithItsMeaningAndItsErrors() {
		assertThat(UtcTimestamps.parse("2026-11-23T21:11:12+07:00", DateTimeUtils::parseInstant))
			.isEqualTo(Instant.parse("2026-11-23T14:11:12Z"));
		assertThat(UtcTimestamps.parse("2026-11-23T21:11:12.5Z", DateTimeUtils::parseInstant))
			.isEqualTo(Instant.parse("2026-11-23T21:11:12.500Z"));
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> UtcTimestamps.parse("2026-02-29T00:00:00Z", DateTimeUtils::parseInstant));
	}

}
