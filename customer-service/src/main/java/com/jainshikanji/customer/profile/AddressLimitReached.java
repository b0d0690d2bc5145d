package com.jainshikanji.customer.profile;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.CONFLICT, slug = "address-limit-reached", title = "Address limit reached")
class AddressLimitReached extends RuntimeException {

	AddressLimitReached(int limit) {
		super("An address book holds at most " + limit + " addresses");
	}

}
