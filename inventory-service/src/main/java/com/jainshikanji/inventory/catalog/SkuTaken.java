package com.jainshikanji.inventory.catalog;

/** Another product already has this SKU. */
public class SkuTaken extends RuntimeException {

	SkuTaken(String sku) {
		super("Another product already has SKU " + sku);
	}

}
