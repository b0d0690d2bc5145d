package com.jainshikanji.common.events.order;

import java.math.BigDecimal;

/**
 * An order's amounts in rupees (two decimals), all decided by the order service.
 *
 * @param subtotal the lines together
 * @param tax GST on the subtotal after discounts
 * @param deliveryFee the store's fee for the address, zero for pickup and dine-in
 * @param discount coupon discount
 * @param loyaltyDiscount the value of the points redeemed
 * @param total what the customer pays
 */
public record OrderAmounts(BigDecimal subtotal, BigDecimal tax, BigDecimal deliveryFee, BigDecimal discount,
		BigDecimal loyaltyDiscount, BigDecimal total) {
}
