package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;

/**
 * Sums of the daily sales rollup over some days and stores (see {@link Kpis}).
 *
 * @param refunds money given back on sales: {@code grossRevenue - refunds = netRevenue}
 * @param refundedOrders sales with money given back
 * @param unpaidDeliveries cash-on-delivery orders handed over without the cash collected:
 * no sales, in no other figure but {@code placed}
 * @param uncollectedCash their totals
 */
record SalesTotals(long placed, long orders, long delivered, long cancelled, long items, BigDecimal grossRevenue,
		BigDecimal discounts, BigDecimal refunds, long refundedOrders, BigDecimal netRevenue, long unpaidDeliveries,
		BigDecimal uncollectedCash) {
}
