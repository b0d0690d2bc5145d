package com.jainshikanji.order.placement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * More of one product than one order may hold, over all its lines (each line is capped on
 * its own): a validation failure like any other, naming the items.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
class TooManyOfOneProduct extends RuntimeException implements ProblemExtensions {

	private final String rule;

	TooManyOfOneProduct(UUID productId, int quantity, int maximum) {
		super("items ask for " + quantity + " of product " + productId + "; one order holds at most " + maximum
				+ " of a product");
		this.rule = "at most " + maximum + " of one product (" + productId + ": " + quantity + ")";
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(new FieldError("items", this.rule)));
	}

}
