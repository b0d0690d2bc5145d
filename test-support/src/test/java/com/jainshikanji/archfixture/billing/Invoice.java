package com.jainshikanji.archfixture.billing;

import com.jainshikanji.archfixture.orders.LeakyOrders;

/**
 * Breaks the rules on purpose: reaches into another feature's repository, closing a
 * package cycle.
 */
public class Invoice {

	Invoice(LeakyOrders orders) {
	}

}
