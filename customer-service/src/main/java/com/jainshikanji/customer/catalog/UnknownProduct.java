package com.jainshikanji.customer.catalog;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The request names a product the catalog does not list: it never had it, or it was
 * archived. A 422 rather than a 404: the resource asked for (the customer's favourites)
 * exists, the product it refers to does not.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "unknown-product", title = "Unknown product")
class UnknownProduct extends RuntimeException implements ProblemExtensions {

	private final UUID productId;

	UnknownProduct(UUID productId) {
		super("There is no product " + productId + " in the catalog");
		this.productId = productId;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("productId", this.productId);
	}

}
