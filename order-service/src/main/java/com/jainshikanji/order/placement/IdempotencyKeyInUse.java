package com.jainshikanji.order.placement;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The first request with this Idempotency-Key is still being placed. Asking again after
 * {@code Retry-After} gets its answer.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "idempotency-key-in-use", title = "Request already in progress")
class IdempotencyKeyInUse extends RuntimeException implements ProblemExtensions {

	IdempotencyKeyInUse(String key) {
		super("An order with Idempotency-Key '" + key + "' is being placed right now; ask again in a moment");
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "1");
		return headers;
	}

}
