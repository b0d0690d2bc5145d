package com.jainshikanji.inventory.stock;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The planning levels of a product's stock at a store, always in order: the minimum at
 * most the maximum, the reorder point at most the maximum.
 *
 * @param minStock at or below this much available stock, stock is low
 * @param maxStock the most the store plans to hold, a planning level: stock on hand may
 * be above it
 * @param reorderPoint at or below this much available stock, order more
 * @param unit what stock is counted in; unchanged when {@code null}
 * @param costPerUnit what one unit costs the store, if known
 */
record Levels(int minStock, int maxStock, int reorderPoint, @Nullable String unit, @Nullable BigDecimal costPerUnit) {

	Levels {
		if (minStock < 0 || reorderPoint < 0) {
			throw new InvalidStockChange("Levels cannot be negative");
		}
		if (maxStock < minStock) {
			throw new InvalidStockChange("maxStock must not be below minStock");
		}
		if (reorderPoint > maxStock) {
			throw new InvalidStockChange("reorderPoint must not be above maxStock");
		}
	}

}
