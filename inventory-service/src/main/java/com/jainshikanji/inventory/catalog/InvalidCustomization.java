package com.jainshikanji.inventory.catalog;

/** A customization whose options break its rules (none, duplicates, several defaults). */
public class InvalidCustomization extends RuntimeException {

	InvalidCustomization(String message) {
		super(message);
	}

}
