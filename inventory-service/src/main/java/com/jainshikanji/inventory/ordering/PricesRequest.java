package com.jainshikanji.inventory.ordering;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.inventory.catalog.ProductLookup.ItemSelection;

/**
 * The items of an order to price at a store.
 *
 * @param items each product with its chosen options and quantity; a product may appear on
 * several lines (with different options)
 */
record PricesRequest(@NotNull UUID storeId, @NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items) {

	List<ItemSelection> selections() {
		return this.items.stream()
			.map((item) -> new ItemSelection(item.productId(),
					(item.optionIds() != null) ? item.optionIds() : List.of(),
					(item.quantity() != null) ? item.quantity() : 1))
			.toList();
	}

	/**
	 * @param quantity units; one when omitted
	 */
	record Item(@NotNull UUID productId, @Nullable @Size(max = 50) List<@NotNull UUID> optionIds,
			@Nullable @Min(1) @Max(100) Integer quantity) {
	}

}
