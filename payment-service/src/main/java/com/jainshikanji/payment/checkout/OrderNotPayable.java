package com.jainshikanji.payment.checkout;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * The order cannot be paid online (now): it is paid in cash, costs nothing, no longer
 * pending (confirmed, delivered; a cancelled one is {@link OrderWasCancelled}), past its
 * payment time, or its payment failed (the order is being cancelled).
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "order-not-payable", title = "Order cannot be paid online")
class OrderNotPayable extends RuntimeException {

	OrderNotPayable(UUID orderId, String why) {
		super("Order " + orderId + " cannot be paid online: " + why);
	}

}
