package com.jainshikanji.notification.campaign;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** The same Idempotency-Key came with a different send. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "idempotency-key-reused", title = "Idempotency key reused")
class IdempotencyKeyReused extends RuntimeException {

	IdempotencyKeyReused() {
		super("This Idempotency-Key was used for a different send; use a new key for a new send");
	}

}
