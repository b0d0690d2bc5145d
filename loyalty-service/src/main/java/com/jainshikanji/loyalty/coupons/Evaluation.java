package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A coupon judged against a cart.
 *
 * @param refusal why it does not apply; {@code null} when it does
 * @param discount what it takes off the items, in rupees (zero for free delivery)
 * @param freeDelivery whether it waives the delivery fee
 */
record Evaluation(@Nullable Refusal refusal, BigDecimal discount, boolean freeDelivery) {

	static Evaluation refused(Refusal refusal) {
		return new Evaluation(refusal, BigDecimal.ZERO.setScale(2), false);
	}

	boolean applies() {
		return this.refusal == null;
	}

}
