package com.jainshikanji.inventory.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.inventory.stock.StockStatus;

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
	 * @param stockStatus what the store can still sell of it: IN_STOCK, LOW (at or below
	 * the store's minimum) or OUT_OF_STOCK (also when it does not stock it)
	 * @param available units the store can still sell now (0 when it does not stock it);
	 * only for the store's staff, admins and other services (order placement), absent for
	 * everyone else
	 */
	record Item(UUID productId, String productName, @Nullable String sku, UUID categoryId, BigDecimal basePrice,
			List<Option> options, BigDecimal unitPrice, int quantity, BigDecimal total, boolean orderable,
			StockStatus stockStatus, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer available) {
	}

	record Option(UUID customizationId, String customization, UUID optionId, String option, BigDecimal priceModifier) {
	}

}
