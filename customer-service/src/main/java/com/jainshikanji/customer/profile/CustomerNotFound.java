package com.jainshikanji.customer.profile;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * No such customer, or not one the caller may see: both answer 404, so ids cannot be
 * probed for existence.
 */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "customer-not-found", title = "Customer not found")
class CustomerNotFound extends RuntimeException {

	CustomerNotFound(String customerId) {
		super("No customer " + customerId);
	}

}
