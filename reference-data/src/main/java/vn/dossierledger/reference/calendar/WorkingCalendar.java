package vn.dossierledger.reference.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which days state offices work and during which hours (DOMAIN R8, R9), loaded from a
 * versioned data file so that an announced schedule change is a data update, not a code
 * change.
 * <p>
 * Years the file does not list fall back to "Saturdays and Sundays off"; that is a guess,
 * so it is logged once.
 */
public final class WorkingCalendar {

	/** Classpath location of the calendar shipped with the application. */
	public static final String DEFAULT_RESOURCE = "calendar/vn-working-calendar.yaml";

	private static final Logger logger = LoggerFactory.getLogger(WorkingCalendar.class);

	private final String version;

	private final ZoneId zone;

	private final List<OfficeSession> officeSessions;

	private final Map<Integer, YearSchedule> schedules;

	private final AtomicBoolean fallbackWarned = new AtomicBoolean();

	private WorkingCalendar(String version, ZoneId zone, List<OfficeSession> officeSessions,
			Map<Integer, YearSchedule> schedules) {
		this.version = version;
		this.zone = zone;
		this.officeSessions = officeSessions;
		this.schedules = schedules;
	}

	/**
	 * Loads a calendar from the classpath.
	 * @param resource a classpath location such as {@link #DEFAULT_RESOURCE}; a
	 * {@code classpath:} prefix is allowed
	 * @return the calendar
	 * @throws IllegalArgumentException if the resource is missing or its data is
	 * inconsistent
	 */
	public static WorkingCalendar fromClasspath(String resource) {
		String path = stripLeadingSlash(resource.startsWith("classpath:") ? resource.substring(10) : resource);
		ClassLoader classLoader = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
				WorkingCalendar.class.getClassLoader());
		try (InputStream yaml = classLoader.getResourceAsStream(path)) {
			if (yaml == null) {
				throw new IllegalArgumentException("Working calendar not found on the classpath: " + resource);
			}
			return fromYaml(yaml, resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read working calendar " + resource, ex);
		}
	}

	static WorkingCalendar fromYaml(InputStream yaml, String source) {
		try {
			return fromFile(CalendarFile.read(yaml), source);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Working calendar " + source + " is not valid YAML: " + ex.getMessage(),
					ex);
		}
	}

	private static WorkingCalendar fromFile(CalendarFile file, String source) {
		require(file.version() != null && !file.version().isBlank(), source, "a version is required");
		require(file.zone() != null, source, "a zone is required");
		require(file.officeHours() != null && !file.officeHours().isEmpty(), source, "office hours are required");
		List<OfficeSession> sessions = new ArrayList<>();
		for (CalendarFile.SessionEntry entry : file.officeHours()) {
			OfficeSession session = new OfficeSession(entry.start(), entry.end());
			require(sessions.isEmpty() || !session.start().isBefore(sessions.get(sessions.size() - 1).end()), source,
					"office sessions must be in order and must not overlap");
			sessions.add(session);
		}
		Map<Integer, YearSchedule> schedules = new TreeMap<>();
		for (CalendarFile.YearEntry year : Objects.requireNonNullElse(file.years(),
				List.<CalendarFile.YearEntry>of())) {
			require(schedules.put(year.year(), YearSchedule.of(year, source)) == null, source,
					"year " + year.year() + " is listed twice");
		}
		return new WorkingCalendar(file.version(), ZoneId.of(file.zone()), List.copyOf(sessions),
				Collections.unmodifiableMap(schedules));
	}

	/**
	 * @return the data version, recorded with every due date computed from this calendar
	 */
	public String version() {
		return this.version;
	}

	/**
	 * @return the time zone in which office hours and days are reckoned
	 */
	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * @return the office sessions of a working day, in order
	 */
	public List<OfficeSession> officeSessions() {
		return this.officeSessions;
	}

	/**
	 * @return the office hours of one working day (8 h under DOMAIN R8)
	 */
	public Duration workingDayLength() {
		return this.officeSessions.stream().map(OfficeSession::length).reduce(Duration.ZERO, Duration::plus);
	}

	/**
	 * @return the years whose announced (or provisional) schedule the data file lists
	 */
	public Set<Integer> coveredYears() {
		return this.schedules.keySet();
	}

	/**
	 * @param date a local date in {@link #zone()}
	 * @return whether state offices are open that day
	 */
	public boolean isWorkingDay(LocalDate date) {
		YearSchedule schedule = this.schedules.get(date.getYear());
		if (schedule == null) {
			warnOnceAboutFallback(date);
			return !isWeekend(date);
		}
		return schedule.isWorkingDay(date);
	}

	/**
	 * Whether {@link #isWorkingDay(LocalDate)} for this date rests on a guess rather than
	 * an announced schedule: the date is in an entry marked {@code provisional}, or its
	 * year is not in the data at all.
	 * @param date a local date in {@link #zone()}
	 * @return {@code true} if the answer for this date may still change
	 */
	public boolean isProvisional(LocalDate date) {
		YearSchedule schedule = this.schedules.get(date.getYear());
		return schedule == null || schedule.provisionalDates().contains(date);
	}

	/**
	 * @return the first working day strictly after {@code date}
	 */
	LocalDate nextWorkingDayAfter(LocalDate date) {
		LocalDate candidate = date.plusDays(1);
		// Even the longest break (Tết) is far shorter than a month; a longer run means
		// broken data.
		for (int checked = 0; checked < 31; checked++, candidate = candidate.plusDays(1)) {
			if (isWorkingDay(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No working day in the month after " + date + " in calendar " + this.version);
	}

	private void warnOnceAboutFallback(LocalDate date) {
		if (this.fallbackWarned.compareAndSet(false, true)) {
			logger.warn("Working calendar {} has no schedule for {} (it covers {}); counting only Saturdays and "
					+ "Sundays as days off outside those years", this.version, date.getYear(), coveredYears());
		}
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static String stripLeadingSlash(String path) {
		return path.startsWith("/") ? path.substring(1) : path;
	}

	private static void require(boolean condition, String source, String problem) {
		if (!condition) {
			throw new IllegalArgumentException("Working calendar " + source + ": " + problem);
		}
	}

	/**
	 * One year's days off and make-up working days, and which of those dates are not yet
	 * announced.
	 */
	private record YearSchedule(Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays,
			Set<LocalDate> provisionalDates) {

		static YearSchedule of(CalendarFile.YearEntry entry, String source) {
			Set<LocalDate> daysOff = new HashSet<>();
			Set<LocalDate> provisionalDates = new HashSet<>();
			for (CalendarFile.DayOffEntry dayOff : entry.daysOffOrEmpty()) {
				require(dayOff.from() != null && !dayOff.lastDay().isBefore(dayOff.from()), source,
						"day off " + dayOff + " needs a from date not after its to date");
				require(dayOff.from().getYear() == entry.year() && dayOff.lastDay().getYear() == entry.year(), source,
						"day off " + dayOff + " is not in year " + entry.year());
				List<LocalDate> dates = dayOff.from().datesUntil(dayOff.lastDay().plusDays(1)).toList();
				daysOff.addAll(dates);
				if (dayOff.provisional()) {
					provisionalDates.addAll(dates);
				}
			}
			Set<LocalDate> makeUpWorkingDays = new HashSet<>();
			for (CalendarFile.MakeUpDayEntry makeUp : entry.makeUpWorkingDaysOrEmpty()) {
				// A make-up day only makes sense on a weekend; anything else is a
				// data-entry mistake.
				require(makeUp.date() != null && makeUp.date().getYear() == entry.year() && isWeekend(makeUp.date())
						&& !daysOff.contains(makeUp.date()), source,
						"make-up working day " + makeUp + " must be a weekend day of " + entry.year()
								+ " that is not also a day off");
				makeUpWorkingDays.add(makeUp.date());
				if (makeUp.provisional()) {
					provisionalDates.add(makeUp.date());
				}
			}
			return new YearSchedule(Set.copyOf(daysOff), Set.copyOf(makeUpWorkingDays), Set.copyOf(provisionalDates));
		}

		boolean isWorkingDay(LocalDate date) {
			if (this.daysOff.contains(date)) {
				return false;
			}
			return !isWeekend(date) || this.makeUpWorkingDays.contains(date);
		}

	}

}
