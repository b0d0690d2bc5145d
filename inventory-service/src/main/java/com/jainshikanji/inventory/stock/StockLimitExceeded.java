package com.jainshikanji.inventory.stock;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * Adding the units would take a product's stock at a store past the most a stock row
 * counts ({@link StockLevel#MAX}): each request was valid, but their sum is not.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "stock-limit-exceeded", title = "Stock limit exceeded")
class StockLimitExceeded extends RuntimeException implements ProblemExtensions {

	private final UUID storeId;

	private final UUID productId;

	private final int currentStock;

	private final int change;

	StockLimitExceeded(UUID storeId, UUID productId, int currentStock, int change) {
		super("Stock of product " + productId + " at store " + storeId + " would exceed " + StockLevel.MAX + ": "
				+ currentStock + " on hand, " + change + " more asked");
		this.storeId = storeId;
		this.productId = productId;
		this.currentStock = currentStock;
		this.change = change;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("storeId", this.storeId, "productId", this.productId, "currentStock", this.currentStock, "change",
				this.change, "limit", StockLevel.MAX);
	}

}
