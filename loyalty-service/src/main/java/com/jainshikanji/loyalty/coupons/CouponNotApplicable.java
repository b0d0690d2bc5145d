package com.jainshikanji.loyalty.coupons;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A coupon an order cannot use; {@code reason} says why in a word clients can switch on
 * (unknown-code, expired, below-minimum, used-up, customer-limit-reached, ...).
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "coupon-not-applicable",
		title = "The coupon does not apply")
public class CouponNotApplicable extends RuntimeException implements ProblemExtensions {

	private final String code;

	private final Refusal reason;

	CouponNotApplicable(String code, Refusal reason) {
		super("Coupon " + code + ": " + reason.message());
		this.code = code;
		this.reason = reason;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("couponCode", this.code, "reason", this.reason.code());
	}

}
