package com.jainshikanji.store.store;

/** Another store already has this slug. */
public class StoreSlugTaken extends RuntimeException {

	public StoreSlugTaken(String slug) {
		super("Another store already has the slug " + slug);
	}

}
