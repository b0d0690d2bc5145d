package com.jainshikanji.inventory.purchasing;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No such purchase order at this store. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "purchase-order-not-found", title = "Purchase order not found")
class PurchaseOrderNotFound extends RuntimeException {

	PurchaseOrderNotFound(UUID purchaseOrderId) {
		super("No purchase order " + purchaseOrderId + " at this store");
	}

}
