package com.jainshikanji.payment.refund;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * An Idempotency-Key already used for another refund of this payment (another amount,
 * reason or settlement reference): a retry must repeat the same request.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "idempotency-key-reused",
		title = "Idempotency key reused")
class IdempotencyKeyReused extends RuntimeException {

	IdempotencyKeyReused(UUID paymentId, UUID refundId) {
		super("This Idempotency-Key was used for refund " + refundId + " of payment " + paymentId
				+ " with another amount, reason or reference");
	}

}
