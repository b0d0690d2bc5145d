package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How the period compares with the one before, in percent of the earlier figure
 * ({@code null} where the earlier figure was zero or missing).
 */
record Change(@Nullable BigDecimal revenue, @Nullable BigDecimal orders, @Nullable BigDecimal averageOrderValue,
		@Nullable BigDecimal cancelled, @Nullable BigDecimal refunds, @Nullable BigDecimal newCustomers,
		@Nullable BigDecimal conversionRate) {

	static Change between(Kpis now, Kpis before) {
		return new Change(percent(now.revenue(), before.revenue()),
				percent(BigDecimal.valueOf(now.orders()), BigDecimal.valueOf(before.orders())),
				percent(now.averageOrderValue(), before.averageOrderValue()),
				percent(BigDecimal.valueOf(now.cancelled()), BigDecimal.valueOf(before.cancelled())),
				percent(now.refunds(), before.refunds()),
				percent(BigDecimal.valueOf(now.newCustomers()), BigDecimal.valueOf(before.newCustomers())),
				percent(now.conversionRate(), before.conversionRate()));
	}

	static @Nullable BigDecimal percent(@Nullable BigDecimal now, @Nullable BigDecimal before) {
		if (now == null || before == null || before.signum() == 0) {
			return null;
		}
		return now.subtract(before)
			.multiply(BigDecimal.valueOf(100))
			.divide(before.abs(), 1, java.math.RoundingMode.HALF_UP);
	}

}
