package com.jainshikanji.inventory.stock;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * An Idempotency-Key that already made another adjustment of this stock (another change,
 * reason or note): a retry must repeat the same request.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "idempotency-key-reused",
		title = "Idempotency key reused")
class IdempotencyKeyReused extends RuntimeException {

	IdempotencyKeyReused(UUID storeId, UUID productId, long adjustmentId) {
		super("This Idempotency-Key made adjustment " + adjustmentId + " of product " + productId + " at store "
				+ storeId + " with another change, reason or note");
	}

}
