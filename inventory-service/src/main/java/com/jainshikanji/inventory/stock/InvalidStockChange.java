package com.jainshikanji.inventory.stock;

/**
 * A stock change that breaks a rule: wrong direction for its reason, levels out of order,
 * or taking stock below what reservations hold.
 */
public class InvalidStockChange extends RuntimeException {

	InvalidStockChange(String message) {
		super(message);
	}

}
