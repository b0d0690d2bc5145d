package com.jainshikanji.analytics.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.web.FieldError;

/**
 * Days, both inclusive, in the figures' time zone.
 */
record Period(LocalDate from, LocalDate to) {

	/** The longest period figures are served for. */
	static final int MAX_DAYS = 366;

	/** The default length: the last thirty days, today included. */
	static final int DEFAULT_DAYS = 30;

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	/**
	 * @throws InvalidPeriod naming each parameter at fault
	 */
	static Period of(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer days, LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		checkBounds("from", from, errors);
		checkBounds("to", to, errors);
		if (from != null && days != null) {
			errors.add(new FieldError("days", "must not be given with from"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidPeriod(errors);
		}
		LocalDate last = (to != null) ? to : ((from != null && from.isAfter(today)) ? from : today);
		LocalDate first = (from != null) ? from : last.minusDays(((days != null) ? days : DEFAULT_DAYS) - 1);
		if (first.isAfter(last)) {
			throw new InvalidPeriod(List.of(new FieldError("from", "must not be after to (" + last + ")")));
		}
		if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
			throw new InvalidPeriod(List.of(new FieldError("from", "must be at most " + MAX_DAYS + " days before to")));
		}
		return new Period(first, last);
	}

	/** One day. */
	static Period day(LocalDate day) {
		return new Period(day, day);
	}

	long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/** The period of the same length just before this one. */
	Period previous() {
		return new Period(this.from.minusDays(days()), this.from.minusDays(1));
	}

	private static void checkBounds(String field, @Nullable LocalDate date, List<FieldError> errors) {
		if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
			errors.add(new FieldError(field, "must be between " + EARLIEST + " and " + LATEST));
		}
	}

}
