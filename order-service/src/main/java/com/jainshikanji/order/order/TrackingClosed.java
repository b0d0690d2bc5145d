package com.jainshikanji.order.order;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * A location update for an order that is not on its way: not yet out for delivery, or no
 * longer (delivered, cancelled). One problem type for both; the detail says which.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "tracking-closed", title = "Order is not on its way")
class TrackingClosed extends RuntimeException {

	private TrackingClosed(String message) {
		super(message);
	}

	/** Before the order leaves the store. */
	static TrackingClosed notYet(String orderNumber, OrderStatus status) {
		return new TrackingClosed("Order " + orderNumber + " is " + status
				+ ": it is not on its way yet; locations are taken once it is out for delivery");
	}

	/** Once the order is delivered, cancelled or refunded. */
	static TrackingClosed over(String orderNumber, OrderStatus status) {
		return new TrackingClosed("Order " + orderNumber + " is " + status + ": there is nothing left to track");
	}

}
