package com.jainshikanji.analytics.reporting;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which figures: a store (or every store the caller may see) and a period of days in the
 * store's time zone, bound from the query string. Each bad parameter is a 400 naming it.
 *
 * @param storeId one store; omitted: every store the caller may see
 * @param from the first day (ISO date), 29 days before {@code to} when omitted
 * @param to the last day (ISO date), today when omitted
 * @param days instead of {@code from}: the period's length in days up to {@code to} (7:
 * the last week, today included)
 */
record AnalyticsQuery(@Nullable UUID storeId, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		@Nullable @Min(1) @Max(Period.MAX_DAYS) Integer days) {

	/** The period asked for, with today (in the figures' time zone) filling the gaps. */
	Period period(LocalDate today) {
		return Period.of(this.from, this.to, this.days, today);
	}

}
