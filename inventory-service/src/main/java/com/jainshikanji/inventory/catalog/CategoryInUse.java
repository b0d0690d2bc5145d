package com.jainshikanji.inventory.catalog;

/** A category that products still belong to cannot be deleted. */
public class CategoryInUse extends RuntimeException {

	CategoryInUse(String slug, long products) {
		super("Category " + slug + " still has " + products + " product(s); move or delete them first");
	}

}
