package com.jainshikanji.customer.profile;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.NOT_FOUND, slug = "address-not-found", title = "Address not found")
class AddressNotFound extends RuntimeException {

	AddressNotFound(UUID addressId) {
		super("No address " + addressId + " in this address book");
	}

}
