package com.jainshikanji.loyalty.checkout;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What loyalty holds for an order, and what it takes off.
 *
 * @param status HELD, CONFIRMED or RELEASED
 * @param discount the coupon's discount on the items, in rupees
 * @param freeDelivery whether the coupon waives the delivery fee
 * @param points points redeemed
 * @param loyaltyDiscount what those points take off, in rupees
 */
record HoldResponse(UUID orderId, String status, @Nullable String couponCode, BigDecimal discount, boolean freeDelivery,
		int points, BigDecimal loyaltyDiscount) {

	static HoldResponse of(OrderHold hold) {
		return new HoldResponse(hold.orderId(), hold.status().name(), hold.couponCode(), hold.discount(),
				hold.freeDelivery(), hold.points(), hold.pointsValue());
	}

}
