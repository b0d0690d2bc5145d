package com.jainshikanji.inventory.purchasing;

import java.util.UUID;

/** The supplier was deactivated; no new purchase orders with it. */
public class SupplierInactive extends RuntimeException {

	SupplierInactive(UUID supplierId) {
		super("Supplier " + supplierId + " is inactive");
	}

}
