package com.jainshikanji.customer.customer;

public class EmailAlreadyRegistered extends RuntimeException {

	EmailAlreadyRegistered() {
		super("An account with this email already exists");
	}

}
