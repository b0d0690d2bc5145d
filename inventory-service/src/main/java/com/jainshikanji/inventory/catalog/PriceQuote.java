package com.jainshikanji.inventory.catalog;

import java.util.List;
import java.util.UUID;

import com.jainshikanji.common.money.Money;

/** What {@code quantity} units of a product cost with the chosen options. */
record PriceQuote(UUID productId, String productName, Money basePrice, List<Selection> selections, Money unitPrice,
		int quantity, Money total) {

	record Selection(UUID customizationId, String customization, UUID optionId, String option, Money priceModifier) {
	}

	PriceQuoteResponse toResponse() {
		return new PriceQuoteResponse(this.productId, this.productName, this.basePrice.amount(),
				this.selections.stream()
					.map((selection) -> new PriceQuoteResponse.SelectionResponse(selection.customizationId(),
							selection.customization(), selection.optionId(), selection.option(),
							selection.priceModifier().amount()))
					.toList(),
				this.unitPrice.amount(), this.quantity, this.total.amount(), "INR");
	}

}
