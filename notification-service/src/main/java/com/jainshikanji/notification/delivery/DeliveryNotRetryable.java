package com.jainshikanji.notification.delivery;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Only a failed delivery can be sent again by hand. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "delivery-not-retryable", title = "Delivery cannot be retried")
class DeliveryNotRetryable extends RuntimeException {

	DeliveryNotRetryable(UUID id, DeliveryStatus status) {
		super("Delivery " + id + " is " + status + "; only a FAILED delivery can be sent again");
	}

}
