package com.jainshikanji.inventory.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The items of an order priced at a store, in the order asked; amounts in rupees.
 *
 * @param subtotal the items' totals together
 */
record PricesResponse(UUID storeId, List<Item> items, BigDecimal subtotal, String currency) {

	/**
	 * @param unitPrice base price plus the options' modifiers
	 * @param total unit price times quantity
	 * @param orderable the product can be ordered now (switched on, in its window) and
	 * the store stocks it; whether enough is left is for the reservation to say
	 * @param available units the store can still sell now (0 when it does not stock it)
	 */
	record Item(UUID productId, String productName, @Nullable String sku, UUID categoryId, BigDecimal basePrice,
			List<Option> options, BigDecimal unitPrice, int quantity, BigDecimal total, boolean orderable,
			int available) {
	}

	record Option(UUID customizationId, String customization, UUID optionId, String option, BigDecimal priceModifier) {
	}

}
