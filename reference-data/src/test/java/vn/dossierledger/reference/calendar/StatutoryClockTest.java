package vn.dossierledger.reference.calendar;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.dossierledger.events.dossier.ProcessingTime;
import vn.dossierledger.events.dossier.SlaUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.dossierledger.reference.calendar.VietnamWallClock.vn;

/** Hand-checked examples; every expected date was worked out on a paper calendar. */
class StatutoryClockTest {

	private static final LocalTime NO_CUT_OFF = null;

	private static final LocalTime THREE_PM = LocalTime.of(15, 0);

	private static final StatutoryClock CLOCK = new StatutoryClock(
			WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE));

	@Nested
	class DueAt {

		@Test
		void threeWorkingDaysFromTheFridayBeforeTetLandAfterTheBreak() {
			// Fri 13/2 10:00–17:00 = 5.5 h, Tết 14–22/2 off, Mon 23/2 8 h, Tue 24/2 8 h,
			// Wed 25/2 07:30 + 2.5 h.
			assertThat(dueAt("2026-02-13T10:00", 3, SlaUnit.WORKING_DAYS, NO_CUT_OFF))
				.isEqualTo(vn("2026-02-25T10:00"));
		}

		@Test
		void receiptAfterTheCutOffStartsCountingOnTheNextWorkingDay() {
			assertThat(dueAt("2026-03-10T16:00", 1, SlaUnit.WORKING_DAYS, THREE_PM)).isEqualTo(vn("2026-03-11T17:00"));
		}

		@Test
		void receiptAfterFifteenHundredWithoutCutOffCountsTheRestOfTheDay() {
			// Tue 16:00–17:00 = 1 h, then Wed 07:30–11:30 and 13:00–16:00 = 7 h.
			assertThat(dueAt("2026-03-10T16:00", 1, SlaUnit.WORKING_DAYS, NO_CUT_OFF))
				.isEqualTo(vn("2026-03-11T16:00"));
		}

		@Test
		void receiptExactlyAtTheCutOffStillCountsThatDay() {
			assertThat(dueAt("2026-03-10T15:00", 2, SlaUnit.HOURS, THREE_PM)).isEqualTo(vn("2026-03-10T17:00"));
		}

		@Test
		void receiptBeforeOpeningStartsAtOpening() {
			assertThat(dueAt("2026-03-09T06:00", 1, SlaUnit.WORKING_DAYS, THREE_PM)).isEqualTo(vn("2026-03-09T17:00"));
		}

		@Test
		void receiptOnASaturdayStartsOnMonday() {
			assertThat(dueAt("2026-03-07T09:00", 2, SlaUnit.HOURS, NO_CUT_OFF)).isEqualTo(vn("2026-03-09T09:30"));
		}

		@Test
		void hoursSkipTheLunchBreak() {
			assertThat(dueAt("2026-03-09T10:30", 2, SlaUnit.HOURS, NO_CUT_OFF)).isEqualTo(vn("2026-03-09T14:00"));
		}

		@Test
		void reunificationAndLabourDaySkipped() {
			// Thu 30/4 and Fri 1/5/2026 off, then the weekend.
			assertThat(dueAt("2026-04-29T10:00", 1, SlaUnit.WORKING_DAYS, NO_CUT_OFF))
				.isEqualTo(vn("2026-05-04T10:00"));
			// 2025: Wed 30/4, Thu 1/5 and the swapped Fri 2/5 off, then the weekend.
			assertThat(dueAt("2025-04-29T10:00", 1, SlaUnit.WORKING_DAYS, NO_CUT_OFF))
				.isEqualTo(vn("2025-05-05T10:00"));
		}

		@Test
		void theSwappedSaturdayOf2025CountsAsAWorkingDay() {
			assertThat(dueAt("2025-04-25T10:00", 1, SlaUnit.WORKING_DAYS, NO_CUT_OFF))
				.isEqualTo(vn("2025-04-26T10:00"));
		}

		@Test
		void calendarDaysLandingOnAWeekendRollToMondayOpening() {
			assertThat(dueAt("2026-03-09T10:00", 5, SlaUnit.DAYS, NO_CUT_OFF)).isEqualTo(vn("2026-03-16T07:30"));
		}

		@Test
		void calendarDaysLandingInOfficeHoursKeepTheTimeOfDay() {
			assertThat(dueAt("2026-03-09T10:00", 7, SlaUnit.DAYS, NO_CUT_OFF)).isEqualTo(vn("2026-03-16T10:00"));
		}

		@Test
		void calendarDaysCountFromTheStartOfCountingAfterTheCutOff() {
			// Counting starts Tue 10/3 07:30; + 6 days = Mon 16/3 07:30.
			assertThat(dueAt("2026-03-09T15:30", 6, SlaUnit.DAYS, THREE_PM)).isEqualTo(vn("2026-03-16T07:30"));
		}

		@Test
		void monthsKeepTheDayOfMonth() {
			assertThat(dueAt("2026-03-10T10:00", 1, SlaUnit.MONTHS, NO_CUT_OFF)).isEqualTo(vn("2026-04-10T10:00"));
		}

		@Test
		void monthsIntoAShorterMonthEndAtCloseOfOfficeOnItsLastDay() {
			assertThat(dueAt("2026-07-31T10:00", 2, SlaUnit.MONTHS, NO_CUT_OFF)).isEqualTo(vn("2026-09-30T17:00"));
		}

		@Test
		void monthsLandingOnAHolidayRollForward() {
			// Fri 27/3 + 1 month = Mon 27/4/2026, the compensatory day for Giỗ Tổ.
			assertThat(dueAt("2026-03-27T09:00", 1, SlaUnit.MONTHS, NO_CUT_OFF)).isEqualTo(vn("2026-04-28T07:30"));
		}

		@Test
		void rejectsANegativeProcessingTime() {
			assertThatIllegalArgumentException().isThrownBy(() -> dueAt("2026-03-09T10:00", -1, SlaUnit.DAYS, null));
		}

		private Instant dueAt(String receivedAt, int value, SlaUnit unit, LocalTime cutOff) {
			return CLOCK.dueAt(vn(receivedAt), new ProcessingTime(value, unit), cutOff);
		}

	}

	@Nested
	class WorkingMinutes {

		@Test
		void addingEndingAtASessionEndReturnsThatSessionEnd() {
			assertThat(CLOCK.addWorkingMinutes(vn("2026-03-09T10:30"), 60)).isEqualTo(vn("2026-03-09T11:30"));
			assertThat(CLOCK.addWorkingMinutes(vn("2026-03-09T16:00"), 60)).isEqualTo(vn("2026-03-09T17:00"));
		}

		@Test
		void addingZeroReturnsTheStartUnchangedEvenOutsideOfficeHours() {
			assertThat(CLOCK.addWorkingMinutes(vn("2026-03-07T20:15"), 0)).isEqualTo(vn("2026-03-07T20:15"));
		}

		@Test
		void addingFromOutsideOfficeHoursStartsAtTheNextSession() {
			assertThat(CLOCK.addWorkingMinutes(vn("2026-03-09T12:00"), 1)).isEqualTo(vn("2026-03-09T13:01"));
		}

		@Test
		void countsOnlyOfficeHoursOfWorkingDays() {
			// Fri 13/2 16:00–17:00, Tết break, Mon 23/2 07:30–08:00.
			assertThat(CLOCK.workingMinutesBetween(vn("2026-02-13T16:00"), vn("2026-02-23T08:00"))).isEqualTo(90);
			assertThat(CLOCK.workingMinutesBetween(vn("2026-03-09T11:00"), vn("2026-03-09T13:30"))).isEqualTo(60);
		}

		@Test
		void isZeroWhenTheEndIsNotAfterTheStart() {
			assertThat(CLOCK.workingMinutesBetween(vn("2026-03-09T10:00"), vn("2026-03-09T09:00"))).isZero();
			assertThat(CLOCK.workingMinutesBetween(vn("2026-03-13T17:00"), vn("2026-03-16T07:30"))).isZero();
		}

		@Test
		void rejectsNegativeMinutes() {
			assertThatIllegalArgumentException().isThrownBy(() -> CLOCK.addWorkingMinutes(vn("2026-03-09T10:00"), -1));
		}

	}

	@Nested
	class Pauses {

		@Test
		void moveTheDueDateByTheWorkingMinutesPaused() {
			// Paused Mon 23/2 16:00–17:00 and Tue 24/2 07:30–08:30 = 120 min; 10:00 + 90
			// min = 11:30, + 30 min = 13:30.
			assertThat(CLOCK.shiftForPause(vn("2026-02-25T10:00"), vn("2026-02-23T16:00"), vn("2026-02-24T08:30")))
				.isEqualTo(vn("2026-02-25T13:30"));
		}

		@Test
		void overAWeekendLeaveTheDueDateUnchanged() {
			assertThat(CLOCK.shiftForPause(vn("2026-03-11T10:00"), vn("2026-03-13T17:30"), vn("2026-03-15T20:00")))
				.isEqualTo(vn("2026-03-11T10:00"));
		}

	}

	@Nested
	class OnTime {

		@Test
		void endingExactlyAtTheDueDateIsOnTime() {
			assertThat(CLOCK.isOnTime(vn("2026-03-11T17:00"), vn("2026-03-11T17:00"), 0)).isTrue();
		}

		@Test
		void endingAfterTheDueDateIsLate() {
			assertThat(CLOCK.isOnTime(vn("2026-03-11T17:01"), vn("2026-03-11T17:00"), 1)).isFalse();
		}

		@Test
		void oneProcessingSupplementRequestIsAllowed() {
			assertThat(CLOCK.isOnTime(vn("2026-03-10T09:00"), vn("2026-03-11T17:00"), 1)).isTrue();
		}

		@Test
		void aSecondProcessingSupplementRequestMakesItLateEvenWhenEarly() {
			assertThat(CLOCK.isOnTime(vn("2026-03-10T09:00"), vn("2026-03-11T17:00"), 2)).isFalse();
		}

		@Test
		void aDossierClosedWhileWaitingForASupplementEndedAtTheRequest() {
			assertThat(CLOCK.closedOnTime(vn("2026-03-20T09:00"), vn("2026-03-10T09:00"), vn("2026-03-11T17:00"), 1))
				.isTrue();
			assertThat(CLOCK.closedOnTime(vn("2026-03-20T09:00"), null, vn("2026-03-11T17:00"), 1)).isFalse();
		}

	}

	@Test
	void reportsTheCalendarVersion() {
		assertThat(CLOCK.calendarVersion()).isEqualTo("VN-CS-2025.1");
	}

	@Test
	void countingStartsAtTheNextSessionWhenReceivedOverLunch() {
		assertThat(CLOCK.countingStartsAt(vn("2026-03-09T12:10"), THREE_PM)).isEqualTo(vn("2026-03-09T13:00"));
	}

}
