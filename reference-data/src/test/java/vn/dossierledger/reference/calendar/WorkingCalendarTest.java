package vn.dossierledger.reference.calendar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingCalendarTest {

	private final WorkingCalendar calendar = WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE);

	@Test
	void loadsVersionZoneAndTwoOfficeSessionsOfEightHours() {
		assertThat(this.calendar.version()).isEqualTo("VN-CS-2025.1");
		assertThat(this.calendar.zone()).isEqualTo(VietnamWallClock.VIETNAM);
		assertThat(this.calendar.officeSessions()).containsExactly(
				new OfficeSession(LocalTime.of(7, 30), LocalTime.of(11, 30)),
				new OfficeSession(LocalTime.of(13, 0), LocalTime.of(17, 0)));
		assertThat(this.calendar.workingDayLength()).isEqualTo(Duration.ofHours(8));
		assertThat(this.calendar.coveredYears()).containsExactly(2025, 2026, 2027);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-01-01", "2025-01-27", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01",
			"2025-05-02", "2025-09-01", "2025-09-02", "2026-01-01", "2026-02-16", "2026-02-20", "2026-04-27",
			"2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02", "2027-01-01", "2027-02-04", "2027-02-10",
			"2027-04-16", "2027-04-30", "2027-05-03", "2027-09-02", "2027-09-03" })
	void closesOnPublicHolidaysAndCompensatoryDays(String weekdayOff) {
		LocalDate date = LocalDate.parse(weekdayOff);
		assertThat(this.calendar.isWorkingDay(date)).as("%s (%s)", date, date.getDayOfWeek()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-01-24", "2025-02-03", "2026-02-13", "2026-02-23", "2026-04-28", "2026-05-04",
			"2027-02-03", "2027-02-11" })
	void opensOnWeekdaysAroundTheBreaks(String workingDay) {
		assertThat(this.calendar.isWorkingDay(LocalDate.parse(workingDay))).isTrue();
	}

	@Test
	void countsTheSwappedSaturdayOf2025AsAWorkingDay() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 4, 27))).isFalse();
	}

	@Test
	void fallsBackToWeekendsOnlyOutsideTheListedYears() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2028, 5, 1))).as("1/5/2028 is not in the data").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2028, 5, 6))).as("Saturday").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2024, 12, 31))).isTrue();
	}

	@Test
	void flagsDatesWhoseScheduleIsNotYetAnnounced() {
		assertThat(this.calendar.isProvisional(LocalDate.of(2027, 2, 8))).as("Tết 2027").isTrue();
		assertThat(this.calendar.isProvisional(LocalDate.of(2026, 9, 1))).as("adjacent day to 2/9/2026").isTrue();
		assertThat(this.calendar.isProvisional(LocalDate.of(2028, 3, 1))).as("year not in the data").isTrue();
		assertThat(this.calendar.isProvisional(LocalDate.of(2026, 2, 16))).as("announced Tết 2026").isFalse();
		assertThat(this.calendar.isProvisional(LocalDate.of(2026, 3, 10))).as("ordinary weekday").isFalse();
	}

	@Test
	void findsTheNextWorkingDayAcrossTet() {
		assertThat(this.calendar.nextWorkingDayAfter(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 23));
	}

	@Test
	void rejectsUnknownKeysSoThatATypoInAnAnnouncedScheduleIsNotIgnored() {
		assertThatIllegalArgumentException().isThrownBy(() -> loadYears("""
				  - year: 2025
				    daysOf: [ { from: 2025-01-01 } ]
				"""));
	}

	@Test
	void rejectsAMakeUpWorkingDayThatIsNotAWeekendDay() {
		assertThatIllegalArgumentException().isThrownBy(() -> loadYears("""
				  - year: 2025
				    makeUpWorkingDays: [ { date: 2025-04-25 } ]
				""")).withMessageContaining("make-up working day");
	}

	@Test
	void rejectsOverlappingOfficeSessions() {
		assertThatIllegalArgumentException().isThrownBy(() -> load("""
				version: "T"
				zone: Asia/Ho_Chi_Minh
				officeHours: [ { start: "07:30", end: "11:30" }, { start: "11:00", end: "17:00" } ]
				""")).withMessageContaining("overlap");
	}

	@Test
	void rejectsADayOffOutsideItsYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> loadYears("""
				  - year: 2025
				    daysOff: [ { from: 2025-12-31, to: 2026-01-01 } ]
				""")).withMessageContaining("not in year 2025");
	}

	@Test
	void reportsAMissingResource() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingCalendar.fromClasspath("calendar/missing.yaml"))
			.withMessageContaining("not found");
	}

	/** A calendar with one morning session and the given {@code years:} entries. */
	private static WorkingCalendar loadYears(String years) {
		return load("""
				version: "T"
				zone: Asia/Ho_Chi_Minh
				officeHours: [ { start: "07:30", end: "11:30" } ]
				years:
				""" + years);
	}

	private static WorkingCalendar load(String yaml) {
		return WorkingCalendar.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "inline");
	}

}
