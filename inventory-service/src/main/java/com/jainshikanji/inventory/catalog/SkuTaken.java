package com.jainshikanji.inventory.catalog;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Another product already has this SKU. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "sku-taken", title = "SKU taken")
class SkuTaken extends RuntimeException {

	SkuTaken(String sku) {
		super("Another product already has SKU " + sku);
	}

}
