package com.jainshikanji.inventory.stock;

import java.util.UUID;

/** The store keeps no stock of the product (no stock row yet). */
public class StockNotFound extends RuntimeException {

	StockNotFound(UUID storeId, UUID productId) {
		super("Store " + storeId + " keeps no stock of product " + productId);
	}

}
