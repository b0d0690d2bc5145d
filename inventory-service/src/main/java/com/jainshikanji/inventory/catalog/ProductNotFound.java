package com.jainshikanji.inventory.catalog;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No such product, or one that was archived. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "product-not-found", title = "Product not found")
class ProductNotFound extends RuntimeException {

	ProductNotFound(Object productRef) {
		super("No product " + productRef);
	}

}
