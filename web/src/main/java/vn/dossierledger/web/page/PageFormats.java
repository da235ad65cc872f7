package vn.dossierledger.web.page;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dates and amounts as the pages show them ({@code ${@pageFormats.dateTime(…)}}): times
 * of day in Vietnam, where every agency works, whatever the server's zone; amounts in
 * đồng with the page language's grouping.
 */
public class PageFormats {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(VIETNAM);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);

	private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(VIETNAM);

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant) : "";
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant) : "";
	}

	/** For a {@code <time datetime>} attribute. */
	public String machine(Instant instant) {
		return (instant != null) ? MACHINE.format(instant) : "";
	}

	public String day(LocalDate day) {
		return (day != null) ? DATE.format(day) : "";
	}

	/**
	 * A rate or score with at most two decimals, grouped as the page's language groups.
	 */
	public String decimal(Double value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	public String vnd(long amount) {
		Locale locale = LocaleContextHolder.getLocale();
		return NumberFormat.getIntegerInstance(locale).format(amount) + " ₫";
	}

}
