package com.jainshikanji.inventory.purchasing;

/** A purchase order whose content breaks a rule, e.g. a product listed twice. */
public class InvalidPurchaseOrder extends RuntimeException {

	InvalidPurchaseOrder(String message) {
		super(message);
	}

}
