package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Whether a code applies to a cart, and why not.
 *
 * @param reason a word to switch on when it does not apply (unknown-code, inactive,
 * not-started, expired, below-minimum, no-applicable-items, no-delivery-fee,
 * tier-not-eligible, used-up, customer-limit-reached); {@code null} when it applies
 * @param message the reason for people
 * @param discount what it would take off the items, in rupees
 * @param freeDelivery whether it would waive the delivery fee
 */
record CouponCheckResponse(String code, boolean applicable, @Nullable String reason, @Nullable String message,
		BigDecimal discount, boolean freeDelivery) {

	static CouponCheckResponse of(String code, Evaluation evaluation) {
		Refusal refusal = evaluation.refusal();
		return new CouponCheckResponse(code, refusal == null, (refusal != null) ? refusal.code() : null,
				(refusal != null) ? refusal.message() : null, evaluation.discount(), evaluation.freeDelivery());
	}

}
