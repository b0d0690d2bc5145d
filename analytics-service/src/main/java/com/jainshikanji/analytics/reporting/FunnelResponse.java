package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How visits turned into orders in a period: visits that viewed a product, added to the
 * cart and started a checkout (from the apps' events), then orders placed and sales (from
 * the order events).
 *
 * @param conversionRate orders placed per visit that viewed a product, in percent;
 * {@code null} without visits
 */
record FunnelResponse(ScopeResponse scope, LocalDate from, LocalDate to, List<Step> steps,
		@Nullable BigDecimal conversionRate) {

	/**
	 * @param step product_viewed, added_to_cart, checkout_started, order_placed or
	 * order_confirmed
	 * @param count visits for the first three, orders for the last two
	 */
	record Step(String step, String label, long count) {
	}

}
