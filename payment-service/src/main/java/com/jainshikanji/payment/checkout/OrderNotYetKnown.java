package com.jainshikanji.payment.checkout;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The order's creation has not reached this service yet (it travels as an event, usually
 * within a second of placing the order): try again in a second.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "order-not-yet-known", title = "Order not yet known")
class OrderNotYetKnown extends RuntimeException implements ProblemExtensions {

	OrderNotYetKnown(UUID orderId) {
		super("Order " + orderId + " is not known to the payment service yet; try again in a second");
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "1");
		return headers;
	}

}
