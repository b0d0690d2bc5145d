package com.jainshikanji.order.order;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * No such order, or none the caller may see: another customer's order, or another
 * store's, looks exactly like one that does not exist.
 */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "order-not-found", title = "Order not found")
class OrderNotFound extends RuntimeException {

	OrderNotFound(UUID orderId) {
		super("No order " + orderId);
	}

}
