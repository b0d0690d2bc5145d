package com.jainshikanji.loyalty.coupons;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A coupon offer whose terms contradict each other: a validation failure like any other,
 * naming the field.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
public class InvalidOffer extends RuntimeException implements ProblemExtensions {

	private final FieldError error;

	InvalidOffer(String field, String rule) {
		super(field + " " + rule);
		this.error = new FieldError(field, rule);
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(this.error));
	}

}
