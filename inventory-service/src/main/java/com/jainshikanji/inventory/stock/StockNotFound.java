package com.jainshikanji.inventory.stock;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** The store keeps no stock of the product (no stock row yet). */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "stock-not-found", title = "Stock not found")
class StockNotFound extends RuntimeException {

	StockNotFound(UUID storeId, UUID productId) {
		super("Store " + storeId + " keeps no stock of product " + productId);
	}

}
