package com.jainshikanji.order.order;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * A delivery person cannot be assigned to this order: it is not delivered to an address,
 * or it is finished, or the person is not a delivery rider of its store.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "delivery-assignment-refused", title = "Delivery assignment refused")
class DeliveryAssignmentRefused extends RuntimeException {

	DeliveryAssignmentRefused(String message) {
		super(message);
	}

}
