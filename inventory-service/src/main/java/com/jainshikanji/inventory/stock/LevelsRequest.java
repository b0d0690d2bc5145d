package com.jainshikanji.inventory.stock;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Planning levels of a product's stock at a store.
 *
 * @param minStock at or below this much available stock, stock is low
 * @param maxStock the most the store plans to hold, a planning level: stock on hand may
 * be above it
 * @param reorderPoint at or below this much available stock, order more
 * @param unit what stock is counted in; unchanged when omitted
 * @param costPerUnit what one unit costs the store, in rupees
 */
record LevelsRequest(@NotNull @Min(0) @Max(1000000) Integer minStock, @NotNull @Min(0) @Max(1000000) Integer maxStock,
		@NotNull @Min(0) @Max(1000000) Integer reorderPoint, @Nullable @Size(max = 20) String unit,
		@Nullable @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal costPerUnit) {

	/**
	 * @throws InvalidStockChange when the levels are out of order
	 */
	Levels toLevels() {
		return new Levels(this.minStock, this.maxStock, this.reorderPoint,
				(this.unit != null && !this.unit.isBlank()) ? this.unit.strip() : null, this.costPerUnit);
	}

}
