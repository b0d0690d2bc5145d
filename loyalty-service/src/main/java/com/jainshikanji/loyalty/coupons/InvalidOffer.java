package com.jainshikanji.loyalty.coupons;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/** A coupon offer whose terms contradict each other, naming the field. */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "invalid-offer", title = "Invalid coupon offer")
public class InvalidOffer extends RuntimeException implements ProblemExtensions {

	private final String field;

	InvalidOffer(String field, String rule) {
		super(field + ": " + rule);
		this.field = field;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("field", this.field);
	}

}
