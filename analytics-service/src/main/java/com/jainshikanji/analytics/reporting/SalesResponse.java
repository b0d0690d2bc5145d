package com.jainshikanji.analytics.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Sales of a period, over time and broken down.
 *
 * @param granularity day, week or month
 * @param series one point per day, week or month of the period, quiet ones included
 * @param byHourOfWeek all 168 hours of the week, Monday 00:00 first
 */
record SalesResponse(ScopeResponse scope, LocalDate from, LocalDate to, String granularity, SalesTotals totals,
		List<SeriesPoint> series, List<Breakdown> byStore, List<Breakdown> byPaymentMethod,
		List<Breakdown> byDeliveryType, List<HourFigure> byHourOfWeek) {
}
