package com.jainshikanji.common.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * An {@code Idempotency-Key} header missing or not a key; see {@link IdempotencyKeys}.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
class InvalidIdempotencyKey extends RuntimeException implements ProblemExtensions {

	private final String rule;

	InvalidIdempotencyKey(String rule) {
		super(IdempotencyKeys.HEADER + " " + rule);
		this.rule = rule;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(new FieldError(IdempotencyKeys.HEADER, this.rule)));
	}

}
