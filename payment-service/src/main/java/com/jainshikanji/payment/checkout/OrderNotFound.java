package com.jainshikanji.payment.checkout;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No such order, or not one the caller may see. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "order-not-found", title = "Order not found")
class OrderNotFound extends RuntimeException {

	OrderNotFound(UUID orderId) {
		super("No order " + orderId);
	}

}
