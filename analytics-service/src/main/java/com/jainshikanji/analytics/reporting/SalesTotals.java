package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;

/** Sums of the daily sales rollup over some days and stores (see {@link Kpis}). */
record SalesTotals(long placed, long orders, long delivered, long cancelled, long items, BigDecimal grossRevenue,
		BigDecimal discounts, BigDecimal refunds, long refundedOrders, BigDecimal netRevenue) {
}
