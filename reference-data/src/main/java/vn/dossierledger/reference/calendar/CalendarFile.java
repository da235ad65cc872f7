package vn.dossierledger.reference.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The shape of {@code vn-working-calendar.yaml}, exactly as written in the file. Kept
 * apart from {@link WorkingCalendar} so the file format can evolve without touching the
 * calendar's logic.
 */
record CalendarFile(String version, String zone, List<SessionEntry> officeHours, List<YearEntry> years) {

	// Unknown keys fail the load: a typo in an announced schedule must not be silently
	// ignored.
	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	static CalendarFile read(InputStream yaml) throws IOException {
		return YAML.readValue(yaml, CalendarFile.class);
	}

	record SessionEntry(LocalTime start, LocalTime end) {

	}

	record YearEntry(int year, List<DayOffEntry> daysOff, List<MakeUpDayEntry> makeUpWorkingDays) {

		List<DayOffEntry> daysOffOrEmpty() {
			return (this.daysOff != null) ? this.daysOff : List.of();
		}

		List<MakeUpDayEntry> makeUpWorkingDaysOrEmpty() {
			return (this.makeUpWorkingDays != null) ? this.makeUpWorkingDays : List.of();
		}

	}

	/** A single day off ({@code to} omitted) or an inclusive range of days off. */
	record DayOffEntry(LocalDate from, LocalDate to, String note, boolean provisional) {

		LocalDate lastDay() {
			return (this.to != null) ? this.to : this.from;
		}

	}

	record MakeUpDayEntry(LocalDate date, String note, boolean provisional) {

	}

}
