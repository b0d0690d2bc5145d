package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Sales of a period by one attribute.
 *
 * @param key the attribute's value: a store id, payment method (upi, card, netbanking,
 * wallet, cod) or delivery type (delivery, pickup, dine-in); {@code unknown} while the
 * order's creation has not arrived
 * @param label for stores, the store's name when known
 * @param unpaidDeliveries cash-on-delivery orders of this store, method (always
 * {@code cod}) or delivery type handed over without the cash collected, as in
 * {@link SalesTotals}: no sales, in no other figure but {@code placed}; over all rows
 * they add up to the totals'
 * @param uncollectedCash their totals
 */
record Breakdown(String key, @Nullable String label, long placed, long orders, long cancelled, BigDecimal grossRevenue,
		BigDecimal revenue, long unpaidDeliveries, BigDecimal uncollectedCash) {
}
