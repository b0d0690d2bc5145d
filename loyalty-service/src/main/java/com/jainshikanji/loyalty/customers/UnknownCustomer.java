package com.jainshikanji.loyalty.customers;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The request names a customer the identity service does not know. A 422 rather than a
 * 404: the request is sound, the customer it refers to does not exist. The problem names
 * the field, {@code customerId}, and the id.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "unknown-customer", title = "Unknown customer")
class UnknownCustomer extends RuntimeException implements ProblemExtensions {

	private final UUID customerId;

	UnknownCustomer(UUID customerId) {
		super("customerId: there is no customer " + customerId);
		this.customerId = customerId;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("field", "customerId", "customerId", this.customerId);
	}

}
