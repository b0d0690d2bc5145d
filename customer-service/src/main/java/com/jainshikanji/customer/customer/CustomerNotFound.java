package com.jainshikanji.customer.customer;

/**
 * No such customer, or not one the caller may see: both answer 404, so ids cannot be
 * probed for existence.
 */
public class CustomerNotFound extends RuntimeException {

	public CustomerNotFound(String customerId) {
		super("No customer " + customerId);
	}

}
