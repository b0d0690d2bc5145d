package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A product priced with chosen options.
 *
 * @param unitPrice base price plus the chosen options' modifiers
 * @param total unit price times quantity
 */
record PriceQuoteResponse(UUID productId, String productName, BigDecimal basePrice, List<SelectionResponse> selections,
		BigDecimal unitPrice, int quantity, BigDecimal total, String currency) {

	record SelectionResponse(UUID customizationId, String customization, UUID optionId, String option,
			BigDecimal priceModifier) {
	}

}
