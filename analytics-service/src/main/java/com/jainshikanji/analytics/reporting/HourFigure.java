package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;

/**
 * Sales placed in one hour of the week over a period, in the store's time zone.
 *
 * @param dayOfWeek ISO: 1 is Monday, 7 Sunday
 * @param hour 0 to 23
 * @param revenue net revenue in rupees
 */
record HourFigure(int dayOfWeek, int hour, long orders, BigDecimal revenue) {
}
