package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Sales of one day, week (from Monday) or month (from the 1st), within the period asked
 * for (see {@link Kpis} for what each figure counts).
 *
 * @param period its first day
 */
record SeriesPoint(LocalDate period, long placed, long orders, long cancelled, BigDecimal grossRevenue,
		BigDecimal refunds, BigDecimal revenue) {
}
