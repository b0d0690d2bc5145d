package com.jainshikanji.order.loyalty;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The loyalty service says the order's coupon does not apply; {@code reason} is its word
 * for why (unknown-code, expired, below-minimum, used-up, customer-limit-reached, ...).
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "coupon-not-applicable",
		title = "The coupon does not apply")
class CouponNotApplicable extends RuntimeException implements ProblemExtensions {

	private final Map<String, Object> members;

	CouponNotApplicable(String detail, String couponCode, String reason) {
		super(detail);
		this.members = new LinkedHashMap<>();
		this.members.put("field", "couponCode");
		this.members.put("couponCode", couponCode);
		this.members.put("reason", reason);
	}

	@Override
	public Map<String, Object> problemProperties() {
		return this.members;
	}

}
