package com.jainshikanji.inventory.catalog;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Product content that breaks a rule spanning several fields. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "invalid-product", title = "Invalid product")
class InvalidProduct extends RuntimeException {

	InvalidProduct(String message) {
		super(message);
	}

}
