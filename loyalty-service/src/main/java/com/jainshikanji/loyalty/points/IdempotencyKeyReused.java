package com.jainshikanji.loyalty.points;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * An Idempotency-Key that already took another reward: a retry must repeat the same
 * request.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "idempotency-key-reused",
		title = "Idempotency key reused")
class IdempotencyKeyReused extends RuntimeException {

	IdempotencyKeyReused(@Nullable String earlier) {
		super("This Idempotency-Key was used for another request (" + earlier + ")");
	}

}
