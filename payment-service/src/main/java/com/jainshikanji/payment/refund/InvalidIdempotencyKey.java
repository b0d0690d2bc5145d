package com.jainshikanji.payment.refund;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A refund needs an {@code Idempotency-Key} header: the same key makes a retried request
 * answer with the refund the first one made, instead of refunding twice.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
class InvalidIdempotencyKey extends RuntimeException implements ProblemExtensions {

	static final String HEADER = "Idempotency-Key";

	private final String rule;

	InvalidIdempotencyKey(String rule) {
		super(HEADER + " " + rule);
		this.rule = rule;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(new FieldError(HEADER, this.rule)));
	}

}
