package com.jainshikanji.customer.customer;

public class PhoneInUse extends RuntimeException {

	PhoneInUse() {
		super("This phone number belongs to another account");
	}

}
