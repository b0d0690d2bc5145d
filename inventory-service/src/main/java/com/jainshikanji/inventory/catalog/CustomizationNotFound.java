package com.jainshikanji.inventory.catalog;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** The product has no such customization. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "customization-not-found", title = "Customization not found")
class CustomizationNotFound extends RuntimeException {

	CustomizationNotFound(UUID productId, UUID customizationId) {
		super("Product " + productId + " has no customization " + customizationId);
	}

}
