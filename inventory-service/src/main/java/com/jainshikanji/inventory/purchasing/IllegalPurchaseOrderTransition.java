package com.jainshikanji.inventory.purchasing;

/** A purchase order cannot go from where it is to where it was asked to go. */
public class IllegalPurchaseOrderTransition extends RuntimeException {

	IllegalPurchaseOrderTransition(String poNumber, PurchaseOrderStatus from, PurchaseOrderStatus to) {
		super("Purchase order " + poNumber + " is " + from + " and cannot become " + to);
	}

}
