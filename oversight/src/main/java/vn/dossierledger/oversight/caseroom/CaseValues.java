package vn.dossierledger.oversight.caseroom;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.dossier.Holder;
import vn.dossierledger.web.page.PageFormats;

/**
 * A replayed state's values as the case room shows them ({@code ${@caseValues.show(…)}}):
 * times in Vietnam, statuses with their national code and label, holders as officer and
 * unit, yes and no in the page's language.
 */
@Component("caseValues")
public class CaseValues {

	private static final String NOTHING = "—";

	private static final String EVENT_SUFFIX = "Event";

	private final PageFormats formats;

	private final MessageSource messages;

	CaseValues(PageFormats formats, MessageSource messages) {
		this.formats = formats;
		this.messages = messages;
	}

	/**
	 * An event type as the audit names it, without its class's {@code Event} suffix,
	 * which the replay and the red flags' evidence keep.
	 */
	public static String eventName(String type) {
		return (type != null && type.endsWith(EVENT_SUFFIX)) ? type.substring(0, type.length() - EVENT_SUFFIX.length())
				: type;
	}

	/** {@link #eventName} for the templates. */
	public String eventNameOf(String type) {
		return eventName(type);
	}

	public String show(Object value) {
		Locale locale = LocaleContextHolder.getLocale();
		if (value == null) {
			return NOTHING;
		}
		if (value instanceof Instant instant) {
			return this.formats.dateTime(instant);
		}
		if (value instanceof DossierStatus status) {
			String label = "vi".equals(locale.getLanguage()) ? status.vietnameseLabel()
					: this.messages.getMessage("status.label." + status.name(), null, status.name(), locale);
			return status.nationalCode() + " · " + label;
		}
		if (value instanceof Holder holder) {
			return holder.officerId() + " · " + holder.unitId();
		}
		if (value instanceof Boolean yes) {
			return this.messages.getMessage(yes ? "case.yes" : "case.no", null, locale);
		}
		if (value instanceof Enum<?> named) {
			return this.messages.getMessage("case.value." + named.name(), null, named.name(), locale);
		}
		return value.toString();
	}

}
