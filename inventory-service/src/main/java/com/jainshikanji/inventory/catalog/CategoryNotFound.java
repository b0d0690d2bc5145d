package com.jainshikanji.inventory.catalog;

/** No such category. */
public class CategoryNotFound extends RuntimeException {

	CategoryNotFound(Object categoryRef) {
		super("No category " + categoryRef);
	}

}
