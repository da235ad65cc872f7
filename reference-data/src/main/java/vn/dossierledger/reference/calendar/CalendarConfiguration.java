package vn.dossierledger.reference.calendar;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Wires the working calendar and the statutory clock. The calendar file is configurable
 * through {@code dossier-ledger.calendar.resource} so an announced schedule can be
 * deployed without a rebuild.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

	@Bean
	WorkingCalendar workingCalendar(@Value("${dossier-ledger.calendar.resource:classpath:"
			+ WorkingCalendar.DEFAULT_RESOURCE + "}") Resource calendarResource) throws IOException {
		try (InputStream yaml = calendarResource.getInputStream()) {
			return WorkingCalendar.fromYaml(yaml, calendarResource.getDescription());
		}
	}

	@Bean
	StatutoryClock statutoryClock(WorkingCalendar workingCalendar) {
		return new StatutoryClock(workingCalendar);
	}

}
