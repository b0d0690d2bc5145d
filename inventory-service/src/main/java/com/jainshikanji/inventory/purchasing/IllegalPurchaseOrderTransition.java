package com.jainshikanji.inventory.purchasing;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A purchase order cannot go from where it is to where it was asked to go. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "illegal-purchase-order-transition",
		title = "Illegal purchase order transition")
class IllegalPurchaseOrderTransition extends RuntimeException {

	IllegalPurchaseOrderTransition(String poNumber, PurchaseOrderStatus from, PurchaseOrderStatus to) {
		super("Purchase order " + poNumber + " is " + from + " and cannot become " + to);
	}

}
