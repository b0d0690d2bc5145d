package com.jainshikanji.customer.customer;

import java.util.UUID;

public class AddressNotFound extends RuntimeException {

	AddressNotFound(UUID addressId) {
		super("No address " + addressId + " in this address book");
	}

}
