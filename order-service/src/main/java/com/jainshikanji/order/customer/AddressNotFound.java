package com.jainshikanji.order.customer;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** The order names an address that is not one of the customer's saved addresses. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "address-not-found",
		title = "Address not found for this customer")
class AddressNotFound extends RuntimeException {

	AddressNotFound(UUID addressId) {
		super("Address " + addressId + " is not one of your saved addresses");
	}

}
