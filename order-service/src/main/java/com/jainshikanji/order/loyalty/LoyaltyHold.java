package com.jainshikanji.order.loyalty;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * What the loyalty service holds for an order, and what it takes off.
 *
 * @param couponCode the coupon applied, as loyalty stores it; {@code null} for none
 * @param discount the coupon's discount on the items
 * @param freeDelivery whether the coupon waives the delivery fee
 * @param points the points redeemed
 * @param loyaltyDiscount what those points take off
 */
public record LoyaltyHold(@Nullable String couponCode, Money discount, boolean freeDelivery, int points,
		Money loyaltyDiscount) {

	/** Nothing held: no coupon, no points. */
	public static final LoyaltyHold NONE = new LoyaltyHold(null, Money.ZERO, false, 0, Money.ZERO);

}
