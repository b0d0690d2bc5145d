package com.jainshikanji.analytics.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.web.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Which days a query covers, and which it refuses, naming the parameter at fault. */
class PeriodTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	@Test
	void withoutDatesItIsTheLastThirtyDaysTodayIncluded() {
		assertThat(Period.of(null, null, null, TODAY)).isEqualTo(new Period(LocalDate.of(2026, 2, 14), TODAY));
	}

	@Test
	void daysCountBackFromTheLastDay() {
		assertThat(Period.of(null, null, 7, TODAY)).isEqualTo(new Period(LocalDate.of(2026, 3, 9), TODAY));
		assertThat(Period.of(null, LocalDate.of(2026, 1, 31), 1, TODAY))
			.isEqualTo(Period.day(LocalDate.of(2026, 1, 31)));
	}

	@Test
	void aStartAloneRunsToToday() {
		assertThat(Period.of(LocalDate.of(2026, 3, 1), null, null, TODAY))
			.isEqualTo(new Period(LocalDate.of(2026, 3, 1), TODAY));
	}

	@Test
	void thePreviousPeriodIsAsLongAndEndsTheDayBefore() {
		Period march = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

		assertThat(march.days()).isEqualTo(31);
		assertThat(march.previous()).isEqualTo(new Period(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 28)));
	}

	@Test
	void aStartAfterTheEndIsRefused() {
		assertThatExceptionOfType(InvalidPeriod.class)
			.isThrownBy(() -> Period.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), null, TODAY))
			.satisfies((ex) -> assertThat(errors(ex)).extracting(FieldError::field).containsExactly("from"));
	}

	@Test
	void aYearAndADayIsTheLongestPeriod() {
		assertThat(Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), null, TODAY).days()).isEqualTo(366);
		assertThatExceptionOfType(InvalidPeriod.class)
			.isThrownBy(() -> Period.of(LocalDate.of(2024, 12, 31), LocalDate.of(2026, 1, 1), null, TODAY))
			.withMessageContaining("at most 366 days");
	}

	@Test
	void datesNoCalendarOfTheBusinessNeedsAreRefused() {
		assertThatExceptionOfType(InvalidPeriod.class)
			.isThrownBy(() -> Period.of(LocalDate.of(1999, 12, 31), LocalDate.of(20026, 1, 1), null, TODAY))
			.satisfies((ex) -> assertThat(errors(ex)).extracting(FieldError::field).containsExactly("from", "to"));
	}

	@Test
	void daysWithAStartAreRefused() {
		assertThatExceptionOfType(InvalidPeriod.class)
			.isThrownBy(() -> Period.of(LocalDate.of(2026, 3, 1), null, 7, TODAY))
			.satisfies((ex) -> assertThat(errors(ex)).extracting(FieldError::field).containsExactly("days"));
	}

	@SuppressWarnings("unchecked")
	private static java.util.List<FieldError> errors(InvalidPeriod ex) {
		return (java.util.List<FieldError>) ex.problemProperties().get("errors");
	}

}
