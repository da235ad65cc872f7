package vn.dossierledger.query.statistics;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dossierledger.query.statistics.StatisticsController.Period;
import vn.dossierledger.web.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The statistics' periods: days, both ends inclusive, this month so far by default. */
class StatisticsPeriodTest {

	@Test
	void keepsBothEndsWhenGiven() {
		assertThat(Period.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 10)))
			.isEqualTo(new Period(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 10)));
	}

	@Test
	void allowsAPeriodOfOneDay() {
		LocalDate day = LocalDate.of(2026, 1, 5);

		assertThat(Period.of(day, day)).isEqualTo(new Period(day, day));
	}

	@Test
	void startsAtTheFirstOfTheMonthOfTheLastDayWhenOnlyThatIsGiven() {
		assertThat(Period.of(null, LocalDate.of(2026, 2, 17)))
			.isEqualTo(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 17)));
	}

	@Test
	void endsTodayWhenOnlyAPastFirstDayIsGiven() {
		Period period = Period.of(LocalDate.of(2020, 1, 5), null);

		assertThat(period.from()).isEqualTo(LocalDate.of(2020, 1, 5));
		assertThat(period.to()).isAfter(LocalDate.of(2020, 1, 5));
	}

	@Test
	void endsOnTheFirstDayWhenOnlyAFutureOneIsGiven() {
		LocalDate future = LocalDate.of(2999, 1, 5);

		assertThat(Period.of(future, null)).isEqualTo(new Period(future, future));
	}

	@Test
	void isThisMonthSoFarByDefault() {
		Period period = Period.of(null, null);

		assertThat(period.from()).isEqualTo(period.to().withDayOfMonth(1));
	}

	@Test
	void refusesAPeriodThatEndsBeforeItStartsNamingFrom() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> Period.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)))
			.satisfies((refusal) -> assertThat(refusal.getBody().getProperties()).containsEntry("parameter", "from"));
	}

}
