package vn.dossierledger.reference.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import vn.dossierledger.events.dossier.ProcessingTime;
import vn.dossierledger.events.dossier.SlaUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dossierledger.reference.calendar.VietnamWallClock.VIETNAM;

/**
 * Laws the statutory clock must obey for any receipt time, processing time and cut-off.
 * Instants cover 2025–2027 (the listed years) and spill into the weekends-only fallback;
 * a share of them sits exactly on session boundaries, where off-by-one mistakes live.
 */
class StatutoryClockProperties {

	private static final int TRIES = 300;

	private static final WorkingCalendar CALENDAR = WorkingCalendar.fromClasspath(WorkingCalendar.DEFAULT_RESOURCE);

	private final StatutoryClock clock = new StatutoryClock(CALENDAR);

	@Property(tries = TRIES)
	void addingNThenMWorkingMinutesEqualsAddingNPlusM(@ForAll("instants") Instant start,
			@ForAll("workingMinutes") long n, @ForAll("workingMinutes") long m) {
		Instant stepwise = this.clock.addWorkingMinutes(this.clock.addWorkingMinutes(start, n), m);
		assertThat(stepwise).isEqualTo(this.clock.addWorkingMinutes(start, n + m));
	}

	@Property(tries = TRIES)
	void workingMinutesBetweenUndoesAddWorkingMinutes(@ForAll("instants") Instant start,
			@ForAll("workingMinutes") long n) {
		assertThat(this.clock.workingMinutesBetween(start, this.clock.addWorkingMinutes(start, n))).isEqualTo(n);
	}

	@Property(tries = TRIES)
	void dueDateFallsOnAWorkingDayWithinOfficeHours(@ForAll("instants") Instant receivedAt,
			@ForAll("processingTimes") ProcessingTime sla, @ForAll("cutOffs") LocalTime cutOff) {
		Instant dueAt = this.clock.dueAt(receivedAt, sla, cutOff);
		LocalDateTime local = LocalDateTime.ofInstant(dueAt, VIETNAM);
		assertThat(CALENDAR.isWorkingDay(local.toLocalDate())).as("due %s is a working day", local).isTrue();
		assertThat(CALENDAR.officeSessions()).as("due %s is within office hours", local)
			.anySatisfy((session) -> assertThat(local.toLocalTime()).isBetween(session.start(), session.end()));
		assertThat(dueAt).isAfterOrEqualTo(receivedAt);
	}

	@Property(tries = TRIES)
	void dueAtIsMonotonicInTheReceiptTime(@ForAll("instants") Instant earlier, @ForAll("gaps") Duration gap,
			@ForAll("processingTimes") ProcessingTime sla, @ForAll("cutOffs") LocalTime cutOff) {
		Instant later = earlier.plus(gap);
		assertThat(this.clock.dueAt(later, sla, cutOff)).isAfterOrEqualTo(this.clock.dueAt(earlier, sla, cutOff));
	}

	@Property(tries = TRIES)
	void pausesNeverShortenTheDeadline(@ForAll("instants") Instant dueAt, @ForAll("instants") Instant pauseStart,
			@ForAll("instants") Instant pauseEnd) {
		Instant shifted = this.clock.shiftForPause(dueAt, pauseStart, pauseEnd);
		assertThat(shifted).isAfterOrEqualTo(dueAt);
		assertThat(this.clock.workingMinutesBetween(dueAt, shifted))
			.isEqualTo(this.clock.workingMinutesBetween(pauseStart, pauseEnd));
	}

	@Provide
	Arbitrary<Instant> instants() {
		Arbitrary<LocalDate> days = Arbitraries.integers()
			.between(0, 3 * 366)
			.map((offset) -> LocalDate.of(2025, 1, 1).plusDays(offset));
		Arbitrary<LocalTime> anyTime = Arbitraries.integers()
			.between(0, 24 * 3600 - 1)
			.map((second) -> LocalTime.ofSecondOfDay(second));
		Arbitrary<LocalTime> sessionBoundary = Arbitraries.of(LocalTime.of(7, 30), LocalTime.of(11, 30),
				LocalTime.of(13, 0), LocalTime.of(17, 0));
		Arbitrary<LocalTime> times = Arbitraries.frequencyOf(Tuple.of(3, anyTime), Tuple.of(1, sessionBoundary));
		return Combinators.combine(days, times).as((day, time) -> day.atTime(time).atZone(VIETNAM).toInstant());
	}

	@Provide
	Arbitrary<Long> workingMinutes() {
		return Arbitraries.longs().between(0, 20 * 8 * 60).edgeCases((edges) -> edges.includeOnly(0L, 1L, 240L, 480L));
	}

	@Provide
	Arbitrary<ProcessingTime> processingTimes() {
		return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.of(SlaUnit.class))
			.as(ProcessingTime::new);
	}

	@Provide
	Arbitrary<LocalTime> cutOffs() {
		return Arbitraries.integers()
			.between(7 * 60, 17 * 60)
			.map((minute) -> LocalTime.of(minute / 60, minute % 60))
			.injectNull(0.4);
	}

	@Provide
	Arbitrary<Duration> gaps() {
		return Arbitraries.longs().between(0, 10 * 24 * 3600).map(Duration::ofSeconds);
	}

}
