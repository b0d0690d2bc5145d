package com.jainshikanji.loyalty.checkout;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** The order already holds something different, or its hold was released. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "order-hold-conflict", title = "The order's hold differs")
class HoldConflict extends RuntimeException {

	HoldConflict(UUID orderId, String why) {
		super("Order " + orderId + ": " + why);
	}

}
