package com.jainshikanji.order.order;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * Orders of a customer the caller may not see: as if there were no such customer, like
 * the customer service answers.
 */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "customer-not-found", title = "Customer not found")
class CustomerNotFound extends RuntimeException {

	CustomerNotFound(UUID customerId) {
		super("No customer " + customerId);
	}

}
