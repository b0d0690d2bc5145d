package com.jainshikanji.order.placement;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;
import com.jainshikanji.common.web.FieldError;

/**
 * A delivery order without an address: a validation failure like any other, naming the
 * field.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
class AddressRequired extends RuntimeException implements ProblemExtensions {

	AddressRequired() {
		super("addressId is required for delivery");
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(new FieldError("addressId", "is required for delivery")));
	}

}
