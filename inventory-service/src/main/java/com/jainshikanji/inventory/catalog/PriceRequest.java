package com.jainshikanji.inventory.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Options chosen for a product, and how many.
 *
 * @param optionIds the chosen options (each at most once counts)
 * @param quantity units; one when omitted
 */
record PriceRequest(@Nullable @Size(max = 50) List<@NotNull UUID> optionIds,
		@Nullable @Min(1) @Max(100) Integer quantity) {

	List<UUID> options() {
		return (this.optionIds != null) ? this.optionIds : List.of();
	}

	int units() {
		return (this.quantity != null) ? this.quantity : 1;
	}

}
