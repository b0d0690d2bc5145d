package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Customers of a period.
 *
 * @param activeCustomers customers with at least one sale
 * @param newCustomers of those, customers whose first sale at these stores was in the
 * period
 * @param returningCustomers the others
 * @param repeatCustomers customers with two sales or more in the period
 * @param repeatRate repeat customers per active customer, in percent; {@code null}
 * without customers
 * @param registrations accounts opened in the period; only for the whole platform (an
 * admin asking for no store), {@code null} otherwise
 * @param lifetimeValue customers by what they have spent at these stores up to the
 * period's end (net of refunds)
 * @param loyalty points earned and redeemed, tier moves and customers per tier; only for
 * the whole platform (points are not a store's), {@code null} otherwise
 */
record CustomersResponse(ScopeResponse scope, LocalDate from, LocalDate to, long activeCustomers, long newCustomers,
		long returningCustomers, long repeatCustomers, @Nullable BigDecimal repeatRate, @Nullable Long registrations,
		List<LifetimeBucket> lifetimeValue, @Nullable LoyaltyFigures loyalty) {
}
