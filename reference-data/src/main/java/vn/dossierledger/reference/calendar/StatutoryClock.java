package vn.dossierledger.reference.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import vn.dossierledger.events.dossier.ProcessingTime;

/**
 * Statutory time arithmetic over a {@link WorkingCalendar}: due dates (DOMAIN R8–R10),
 * working time between two instants, clock pauses for supplements (R4) and the on-time
 * verdict (R3, R6).
 * <p>
 * Pure and deterministic: every instant comes from the arguments, never from the system
 * clock. "Working time" is the union of the office sessions of working days; a session is
 * half-open when counting ({@code [07:30, 11:30)}) but a deadline may sit exactly on a
 * session end (11:30 or 17:00), which is still within office hours.
 */
public final class StatutoryClock {

	private final WorkingCalendar calendar;

	public StatutoryClock(WorkingCalendar calendar) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
	}

	/**
	 * The appointment time (ngày hẹn trả) for a dossier. Counting starts at
	 * {@link #countingStartsAt}; then {@code HOURS} adds working hours,
	 * {@code WORKING_DAYS} adds n working days of office hours (8 h each, R8), and
	 * {@code DAYS}/{@code MONTHS} add calendar time, rolled forward to the next office
	 * session if the result falls outside office hours or on a day off.
	 * @param receivedAt when the dossier was received
	 * @param sla the procedure's processing time limit
	 * @param cutOff the procedure's daily cut-off (R10), or {@code null} if it has none
	 * @return the due instant, always on a working day within office hours
	 */
	public Instant dueAt(Instant receivedAt, ProcessingTime sla, LocalTime cutOff) {
		Objects.requireNonNull(sla, "sla");
		if (sla.value() < 0) {
			throw new IllegalArgumentException("Processing time must not be negative: " + sla);
		}
		LocalDateTime start = countingStart(toLocal(receivedAt), cutOff);
		LocalDateTime due = switch (sla.unit()) {
			case HOURS -> addWorkingTime(start, Duration.ofHours(sla.value()));
			case WORKING_DAYS -> addWorkingTime(start, this.calendar.workingDayLength().multipliedBy(sla.value()));
			case DAYS -> rollForwardToWorkingTime(start.plusDays(sla.value()));
			case MONTHS -> rollForwardToWorkingTime(plusMonths(start, sla.value()));
		};
		return toInstant(due);
	}

	/**
	 * When the statutory clock starts for a dossier received at {@code receivedAt}: the
	 * receipt itself if it falls in office hours (and not after the cut-off), otherwise
	 * the start of the next office session.
	 * @param receivedAt when the dossier was received
	 * @param cutOff the procedure's daily cut-off (R10), or {@code null} if it has none
	 * @return the instant from which working time is counted
	 */
	public Instant countingStartsAt(Instant receivedAt, LocalTime cutOff) {
		return toInstant(countingStart(toLocal(receivedAt), cutOff));
	}

	/**
	 * @return whole working minutes in {@code [from, to)}; 0 if {@code to} is not after
	 * {@code from}
	 */
	public long workingMinutesBetween(Instant from, Instant to) {
		return workingTimeBetween(toLocal(from), toLocal(to)).toMinutes();
	}

	/**
	 * Moves forward by {@code minutes} of working time. Adding 0 returns {@code from}
	 * unchanged; a positive addition that ends exactly at the end of a session returns
	 * that session end (11:30 or 17:00), not the next session start.
	 * @param from the starting instant (need not be in working time)
	 * @param minutes working minutes to add, not negative
	 * @return the resulting instant
	 */
	public Instant addWorkingMinutes(Instant from, long minutes) {
		if (minutes < 0) {
			throw new IllegalArgumentException("Cannot add negative working time: " + minutes);
		}
		return toInstant(addWorkingTime(toLocal(from), Duration.ofMinutes(minutes)));
	}

	/**
	 * A due date pushed back by the working minutes the clock was paused (R4 supplement
	 * time). A pause that does not overlap working time, or ends before it starts, leaves
	 * the due date unchanged; it never becomes earlier.
	 */
	public Instant shiftForPause(Instant dueAt, Instant pauseStart, Instant pauseEnd) {
		Objects.requireNonNull(dueAt, "dueAt");
		return addWorkingMinutes(dueAt, workingMinutesBetween(pauseStart, pauseEnd));
	}

	/**
	 * The verdict at a dossier's first closing event: a dossier still waiting for a
	 * processing-stage supplement ended at the request (R4), then {@link #isOnTime}.
	 * @param closedAt the closing event's time
	 * @param awaitingSupplementSince the open supplement request's time, or {@code null}
	 */
	public boolean closedOnTime(Instant closedAt, Instant awaitingSupplementSince, Instant dueAt,
			int processingSupplementRequests) {
		return isOnTime((awaitingSupplementSince != null) ? awaitingSupplementSince : closedAt, dueAt,
				processingSupplementRequests);
	}

	/**
	 * On time iff processing ended no later than the due date (R6) and the dossier was
	 * sent back for supplement at the processing stage at most once, since the national
	 * portal counts repeated requests as overdue (R3).
	 * @param end end of processing (R6 precedence), after any pause shifting by the
	 * caller
	 * @param dueAt the due date, shifted for pauses
	 * @param processingSupplementRequests supplement requests made at the processing
	 * stage
	 */
	public boolean isOnTime(Instant end, Instant dueAt, int processingSupplementRequests) {
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(dueAt, "dueAt");
		if (processingSupplementRequests < 0) {
			throw new IllegalArgumentException("Supplement request count must not be negative");
		}
		return processingSupplementRequests <= 1 && !end.isAfter(dueAt);
	}

	/**
	 * @return the version of the calendar data behind every computation of this clock
	 */
	public String calendarVersion() {
		return this.calendar.version();
	}

	private LocalDateTime countingStart(LocalDateTime received, LocalTime cutOff) {
		boolean afterCutOff = cutOff != null && received.toLocalTime().isAfter(cutOff);
		LocalDateTime from = afterCutOff ? received.toLocalDate().plusDays(1).atStartOfDay() : received;
		return nextWorkingPosition(from).at();
	}

	private LocalDateTime addWorkingTime(LocalDateTime from, Duration amount) {
		if (amount.isZero()) {
			return from;
		}
		Duration remaining = amount;
		WorkingPosition position = nextWorkingPosition(from);
		while (true) {
			Duration leftInSession = Duration.between(position.at(), position.sessionEnd());
			if (remaining.compareTo(leftInSession) <= 0) {
				return position.at().plus(remaining);
			}
			remaining = remaining.minus(leftInSession);
			position = nextWorkingPosition(position.sessionEnd());
		}
	}

	private Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
		Duration total = Duration.ZERO;
		for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
			if (!this.calendar.isWorkingDay(day)) {
				continue;
			}
			for (OfficeSession session : sessions()) {
				LocalDateTime overlapStart = latest(from, day.atTime(session.start()));
				LocalDateTime overlapEnd = earliest(to, day.atTime(session.end()));
				if (overlapStart.isBefore(overlapEnd)) {
					total = total.plus(Duration.between(overlapStart, overlapEnd));
				}
			}
		}
		return total;
	}

	/**
	 * {@code t} itself if it is within office hours (session ends included), else the
	 * next session start.
	 */
	private LocalDateTime rollForwardToWorkingTime(LocalDateTime t) {
		if (this.calendar.isWorkingDay(t.toLocalDate())) {
			LocalTime time = t.toLocalTime();
			for (OfficeSession session : sessions()) {
				if (!time.isBefore(session.start()) && !time.isAfter(session.end())) {
					return t;
				}
			}
		}
		return nextWorkingPosition(t).at();
	}

	/**
	 * Adds calendar months; when the target month is too short (31/1 + 1 month), the term
	 * ends at the close of office on that month's last day, as the Civil Code ends such
	 * terms on the last day of the month. Ending at close of office rather than at the
	 * receipt's time of day keeps due dates monotonic in the receipt time.
	 */
	private LocalDateTime plusMonths(LocalDateTime start, int months) {
		LocalDate target = start.toLocalDate().plusMonths(months);
		if (target.getDayOfMonth() == start.getDayOfMonth()) {
			return target.atTime(start.toLocalTime());
		}
		return target.atTime(sessions().get(sessions().size() - 1).end());
	}

	/**
	 * The earliest moment at or after {@code t} when working time runs, with the end of
	 * its session.
	 */
	private WorkingPosition nextWorkingPosition(LocalDateTime t) {
		LocalDate day = t.toLocalDate();
		if (this.calendar.isWorkingDay(day)) {
			LocalTime time = t.toLocalTime();
			for (OfficeSession session : sessions()) {
				if (time.isBefore(session.end())) {
					LocalDateTime at = time.isBefore(session.start()) ? day.atTime(session.start()) : t;
					return new WorkingPosition(at, day.atTime(session.end()));
				}
			}
		}
		LocalDate nextDay = this.calendar.nextWorkingDayAfter(day);
		OfficeSession first = sessions().get(0);
		return new WorkingPosition(nextDay.atTime(first.start()), nextDay.atTime(first.end()));
	}

	private List<OfficeSession> sessions() {
		return this.calendar.officeSessions();
	}

	private LocalDateTime toLocal(Instant instant) {
		return LocalDateTime.ofInstant(Objects.requireNonNull(instant, "instant"), this.calendar.zone());
	}

	private Instant toInstant(LocalDateTime local) {
		return local.atZone(this.calendar.zone()).toInstant();
	}

	private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}

	/** A moment inside working time and the end of the office session it belongs to. */
	private record WorkingPosition(LocalDateTime at, LocalDateTime sessionEnd) {

	}

}
