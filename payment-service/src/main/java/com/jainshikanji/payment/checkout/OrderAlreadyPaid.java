package com.jainshikanji.payment.checkout;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** The order's payment completed, or is being confirmed: nothing more to pay. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "order-already-paid", title = "Order already paid")
class OrderAlreadyPaid extends RuntimeException {

	OrderAlreadyPaid(UUID orderId, UUID paymentId, PaymentStatus status) {
		super("Order " + orderId + " already has payment " + paymentId + ", which is " + status);
	}

}
