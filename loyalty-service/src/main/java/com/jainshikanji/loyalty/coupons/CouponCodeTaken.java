package com.jainshikanji.loyalty.coupons;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.CONFLICT, slug = "coupon-code-taken", title = "Coupon code taken")
class CouponCodeTaken extends RuntimeException {

	CouponCodeTaken(String code) {
		super("Another campaign has the code " + code);
	}

}
