package com.jainshikanji.order.order;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * One line of a new order as the catalog priced it: the unit price includes the chosen
 * options.
 *
 * @param sku the product's stock-keeping unit, if it has one
 * @param categoryId the product's category when ordered
 * @param specialInstructions what the customer asked for this line, e.g. "no ice"
 */
public record PricedItem(UUID productId, String productName, @Nullable String sku, @Nullable UUID categoryId,
		Money unitPrice, int quantity, List<ChosenOption> options, @Nullable String specialInstructions) {

	public PricedItem {
		if (quantity < 1) {
			throw new IllegalArgumentException("An order item needs at least one unit, not " + quantity);
		}
		options = List.copyOf(options);
	}

	public Money lineTotal() {
		return this.unitPrice.times(this.quantity);
	}

	/** What the lines cost together. */
	public static Money subtotalOf(List<PricedItem> items) {
		return items.stream().map(PricedItem::lineTotal).reduce(Money.ZERO, Money::plus);
	}

}
