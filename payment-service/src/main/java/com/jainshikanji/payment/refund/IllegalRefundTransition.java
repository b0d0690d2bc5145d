package com.jainshikanji.payment.refund;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A refund was asked to move where its state does not allow. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "illegal-refund-transition", title = "Illegal refund transition")
class IllegalRefundTransition extends RuntimeException {

	IllegalRefundTransition(UUID refundId, RefundStatus from, RefundStatus to) {
		super("Refund " + refundId + " is " + from + " and cannot become " + to);
	}

}
