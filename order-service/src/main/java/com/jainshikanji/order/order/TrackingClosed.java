package com.jainshikanji.order.order;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A location update for an order that is no longer on its way. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "tracking-closed", title = "Order is not on its way")
class TrackingClosed extends RuntimeException {

	TrackingClosed(String orderNumber, OrderStatus status) {
		super("Order " + orderNumber + " is " + status + ": there is nothing left to track");
	}

}
