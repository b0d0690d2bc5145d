package com.jainshikanji.payment.checkout;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * The order was cancelled (as the order service announced): it is never paid again,
 * whatever its payments did; money that still arrives for it goes back by itself.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "order-cancelled", title = "Order was cancelled")
class OrderWasCancelled extends RuntimeException {

	OrderWasCancelled(UUID orderId) {
		super("Order " + orderId + " was cancelled: it can no longer be paid");
	}

}
