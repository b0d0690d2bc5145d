package com.jainshikanji.inventory.purchasing;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No such supplier. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "supplier-not-found", title = "Supplier not found")
class SupplierNotFound extends RuntimeException {

	SupplierNotFound(UUID supplierId) {
		super("No supplier " + supplierId);
	}

}
