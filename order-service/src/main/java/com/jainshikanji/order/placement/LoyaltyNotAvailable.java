package com.jainshikanji.order.placement;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * A coupon or points in an order before the loyalty service exists: refused rather than
 * silently ignored, so nobody thinks a discount applied.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "loyalty-not-available",
		title = "Coupons and points are not available yet")
class LoyaltyNotAvailable extends RuntimeException {

	LoyaltyNotAvailable(String what) {
		super(what + " cannot be used yet: coupons and loyalty points are not available");
	}

}
