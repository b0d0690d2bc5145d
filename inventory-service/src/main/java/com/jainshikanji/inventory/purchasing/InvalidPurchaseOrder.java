package com.jainshikanji.inventory.purchasing;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A purchase order whose content breaks a rule, e.g. a product listed twice. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "invalid-purchase-order",
		title = "Invalid purchase order")
class InvalidPurchaseOrder extends RuntimeException {

	InvalidPurchaseOrder(String message) {
		super(message);
	}

}
