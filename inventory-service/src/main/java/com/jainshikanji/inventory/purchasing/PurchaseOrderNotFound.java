package com.jainshikanji.inventory.purchasing;

import java.util.UUID;

/** No such purchase order at this store. */
public class PurchaseOrderNotFound extends RuntimeException {

	PurchaseOrderNotFound(UUID purchaseOrderId) {
		super("No purchase order " + purchaseOrderId + " at this store");
	}

}
