package com.jainshikanji.order.order;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A delivery order sent out for delivery before anyone was assigned to take it. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "delivery-person-required", title = "Assign a delivery person first")
class DeliveryPersonRequired extends RuntimeException {

	DeliveryPersonRequired(String orderNumber) {
		super("Order " + orderNumber + " has no delivery person: assign one before it goes out for delivery");
	}

}
