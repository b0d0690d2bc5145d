package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The headline figures of a period. Amounts are rupees. An order counts on the day it was
 * placed (in its store's time zone), whatever happened to it later; a sale is an order
 * confirmed (paid online or accepted for cash on delivery) and not cancelled.
 *
 * @param placed orders placed, whatever became of them
 * @param orders sales
 * @param delivered sales that reached their customers
 * @param cancelled orders cancelled, at any point
 * @param itemsSold units in the sales
 * @param grossRevenue what the sales came to (their totals: items, tax and delivery fees,
 * less discounts)
 * @param discounts coupon and loyalty discounts given on the sales
 * @param refunds money given back on the sales
 * ({@code grossRevenue - refunds = revenue}); a cancelled order's refund gives back money
 * that was never counted in
 * @param refundedOrders sales with money given back
 * @param revenue net revenue: the sales' totals less what was given back for them
 * @param unpaidDeliveries cash-on-delivery orders handed over without the cash collected:
 * no sales, so in no figure above but {@code placed}
 * @param uncollectedCash their totals: cash that never came in
 * @param averageOrderValue gross revenue per sale; {@code null} without sales
 * @param cancellationRate cancelled orders per placed order, in percent; {@code null}
 * without orders
 * @param activeCustomers customers with at least one sale
 * @param newCustomers of those, customers whose first sale (at these stores) was in the
 * period
 * @param returningCustomers the others
 * @param sessions app visits that viewed a product (from the apps' events)
 * @param conversionRate orders placed per visit that viewed a product, in percent;
 * {@code null} without visits
 */
record Kpis(long placed, long orders, long delivered, long cancelled, long itemsSold, BigDecimal grossRevenue,
		BigDecimal discounts, BigDecimal refunds, long refundedOrders, BigDecimal revenue, long unpaidDeliveries,
		BigDecimal uncollectedCash, @Nullable BigDecimal averageOrderValue, @Nullable BigDecimal cancellationRate,
		long activeCustomers, long newCustomers, long returningCustomers, long sessions,
		@Nullable BigDecimal conversionRate) {

	static Kpis of(SalesTotals sales, CustomerCounts customers, long sessions) {
		return new Kpis(sales.placed(), sales.orders(), sales.delivered(), sales.cancelled(), sales.items(),
				sales.grossRevenue(), sales.discounts(), sales.refunds(), sales.refundedOrders(), sales.netRevenue(),
				sales.unpaidDeliveries(), sales.uncollectedCash(), ratio(sales.grossRevenue(), sales.orders(), 1),
				ratio(sales.cancelled(), sales.placed(), 100), customers.active(), customers.newCustomers(),
				customers.active() - customers.newCustomers(), sessions, ratio(sales.placed(), sessions, 100));
	}

	/** {@code part / whole × scale} to two decimals; {@code null} when whole is zero. */
	static @Nullable BigDecimal ratio(long part, long whole, int scale) {
		return ratio(BigDecimal.valueOf(part), whole, scale);
	}

	static @Nullable BigDecimal ratio(BigDecimal part, long whole, int scale) {
		if (whole == 0) {
			return null;
		}
		return part.multiply(BigDecimal.valueOf(scale)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

}
