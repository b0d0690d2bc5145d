package com.jainshikanji.order.placement;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * Placing an order without an Idempotency-Key (or with one that is blank, too long or not
 * printable ASCII): a retry could then place it twice.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
class IdempotencyKeyRequired extends RuntimeException implements ProblemExtensions {

	static final String HEADER = "Idempotency-Key";

	private final String message;

	IdempotencyKeyRequired(String message) {
		super(HEADER + " " + message);
		this.message = message;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(new FieldError(HEADER, this.message)));
	}

}
