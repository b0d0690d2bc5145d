package com.jainshikanji.order.catalog;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the customer chose for one line: a product, its options and how many. No price:
 * the catalog decides that.
 */
public record ItemChoice(UUID productId, List<UUID> optionIds, int quantity, @Nullable String specialInstructions) {

	public ItemChoice {
		optionIds = List.copyOf(optionIds);
	}

}
