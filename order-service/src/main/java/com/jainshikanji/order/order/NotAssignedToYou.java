package com.jainshikanji.order.order;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Location updates come only from the delivery person the order is assigned to. */
@ProblemType(status = HttpStatus.FORBIDDEN, slug = "not-assigned-delivery-person",
		title = "Not the order's delivery person")
class NotAssignedToYou extends RuntimeException {

	NotAssignedToYou(String orderNumber) {
		super("Order " + orderNumber + " is not assigned to you for delivery");
	}

}
