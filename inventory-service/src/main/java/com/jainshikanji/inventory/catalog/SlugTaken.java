package com.jainshikanji.inventory.catalog;

/** Another product or category already has this URL name. */
public class SlugTaken extends RuntimeException {

	SlugTaken(String kind, String slug) {
		super("Another " + kind + " already has slug " + slug);
	}

}
