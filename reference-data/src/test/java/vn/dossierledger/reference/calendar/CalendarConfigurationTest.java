package vn.dossierledger.reference.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarConfigurationTest {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(CalendarConfiguration.class);

	@Test
	void exposesTheShippedCalendarAndAClockByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(WorkingCalendar.class).hasSingleBean(StatutoryClock.class);
			assertThat(context.getBean(StatutoryClock.class).calendarVersion()).isEqualTo("VN-CS-2025.1");
		});
	}

	@Test
	void loadsTheCalendarNamedByTheProperty() {
		this.contextRunner.withPropertyValues("dossier-ledger.calendar.resource=classpath:calendar/test-calendar.yaml")
			.run((context) -> {
				WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
				assertThat(calendar.version()).isEqualTo("TEST-1");
				assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).isFalse();
			});
	}

	@Test
	void failsToStartOnAMissingCalendar() {
		this.contextRunner.withPropertyValues("dossier-ledger.calendar.resource=classpath:calendar/missing.yaml")
			.run((context) -> assertThat(context).hasFailed());
	}

}
