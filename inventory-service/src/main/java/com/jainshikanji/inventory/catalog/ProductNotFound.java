package com.jainshikanji.inventory.catalog;

/** No such product, or one that was archived. */
public class ProductNotFound extends RuntimeException {

	public ProductNotFound(Object productRef) {
		super("No product " + productRef);
	}

}
