package com.jainshikanji.inventory.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A product's stock at a store.
 *
 * @param currentStock units on hand
 * @param reserved units held for orders being placed
 * @param available what can still be sold: {@code currentStock - reserved}
 * @param status available stock against the minimum
 * @param reorderNeeded whether available stock is at or below the reorder point
 */
record StockResponse(UUID storeId, UUID productId, String productName, int currentStock, int reserved, int available,
		int minStock, int maxStock, int reorderPoint, StockStatus status, boolean reorderNeeded, String unit,
		@Nullable BigDecimal costPerUnit, @Nullable Instant lastRestockedAt, @Nullable Instant lastStockCountAt,
		Instant updatedAt) {
}
