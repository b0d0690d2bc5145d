package com.jainshikanji.order.placement;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** An Idempotency-Key used again for a different order: a client bug, never a retry. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "idempotency-key-reused",
		title = "Idempotency key reused for another request")
class IdempotencyKeyReused extends RuntimeException {

	IdempotencyKeyReused(String key) {
		super("Idempotency-Key '" + key + "' was used for a different order; use a new key for a new order");
	}

}
