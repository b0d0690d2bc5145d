package com.jainshikanji.customer.customer;

public class AddressLimitReached extends RuntimeException {

	AddressLimitReached(int limit) {
		super("An address book holds at most " + limit + " addresses");
	}

}
