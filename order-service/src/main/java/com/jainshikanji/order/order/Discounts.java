package com.jainshikanji.order.order;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * What the loyalty service took off an order: a coupon's discount and the value of the
 * points redeemed, each as loyalty answered for the order.
 *
 * @param couponCode the coupon applied, {@code null} for none
 * @param discount the coupon's discount on the items
 * @param pointsRedeemed the points redeemed
 * @param loyaltyDiscount what those points take off
 */
public record Discounts(@Nullable String couponCode, Money discount, int pointsRedeemed, Money loyaltyDiscount) {

	/** No coupon, no points. */
	public static final Discounts NONE = new Discounts(null, Money.ZERO, 0, Money.ZERO);

	public Discounts {
		if (pointsRedeemed < 0) {
			throw new IllegalArgumentException("Points redeemed cannot be negative: " + pointsRedeemed);
		}
	}

}
