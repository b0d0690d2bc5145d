package com.jainshikanji.inventory.catalog;

import java.util.UUID;

/** The product has no such customization. */
public class CustomizationNotFound extends RuntimeException {

	CustomizationNotFound(UUID productId, UUID customizationId) {
		super("Product " + productId + " has no customization " + customizationId);
	}

}
