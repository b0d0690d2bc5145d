package com.jainshikanji.inventory.purchasing;

import java.util.UUID;

/** No such supplier. */
public class SupplierNotFound extends RuntimeException {

	SupplierNotFound(UUID supplierId) {
		super("No supplier " + supplierId);
	}

}
