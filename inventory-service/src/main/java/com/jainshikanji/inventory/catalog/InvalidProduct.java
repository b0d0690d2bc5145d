package com.jainshikanji.inventory.catalog;

/** Product content that breaks a rule spanning several fields. */
public class InvalidProduct extends RuntimeException {

	InvalidProduct(String message) {
		super(message);
	}

}
