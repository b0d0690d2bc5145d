package com.jainshikanji.order.order;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A cash-on-delivery order marked delivered without saying whether the cash came in. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "cash-collection-required",
		title = "Say whether cash was collected")
class CashCollectionUnstated extends RuntimeException {

	CashCollectionUnstated(String orderNumber) {
		super("Order " + orderNumber + " is cash on delivery: say whether the cash was collected (cashCollected)");
	}

}
