package com.jainshikanji.inventory.catalog;

/** No URL name can be made from the given name; give a slug explicitly. */
public class InvalidSlug extends RuntimeException {

	InvalidSlug(String name) {
		super("Cannot derive a slug from '" + name + "'; give one explicitly");
	}

}
