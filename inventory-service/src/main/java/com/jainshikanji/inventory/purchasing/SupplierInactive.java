package com.jainshikanji.inventory.purchasing;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** The supplier was deactivated; no new purchase orders with it. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "supplier-inactive", title = "Supplier inactive")
class SupplierInactive extends RuntimeException {

	SupplierInactive(UUID supplierId) {
		super("Supplier " + supplierId + " is inactive");
	}

}
