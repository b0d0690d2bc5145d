package com.jainshikanji.order.customer;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A valid token whose user has no customer profile (nothing to put on the order). */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "customer-profile-missing",
		title = "No customer profile")
class CustomerProfileMissing extends RuntimeException {

	CustomerProfileMissing(UUID customerId) {
		super("User " + customerId + " has no customer profile to order with");
	}

}
