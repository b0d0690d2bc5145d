package com.jainshikanji.analytics.facts;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

import com.jainshikanji.common.events.order.OrderAmounts;

/**
 * An order's amounts in rupees, as the order service priced them.
 *
 * @param total what the customer pays: the subtotal with tax and delivery fee, less the
 * discounts
 */
@Embeddable
record Amounts(BigDecimal subtotal, BigDecimal tax, BigDecimal deliveryFee, BigDecimal discount,
		BigDecimal loyaltyDiscount, BigDecimal total) {

	static Amounts of(OrderAmounts amounts) {
		return new Amounts(amounts.subtotal(), amounts.tax(), amounts.deliveryFee(), amounts.discount(),
				amounts.loyaltyDiscount(), amounts.total());
	}

}
