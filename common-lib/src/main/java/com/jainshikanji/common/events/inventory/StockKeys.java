package com.jainshikanji.common.events.inventory;

import java.util.UUID;

/**
 * The Kafka key of stock events: one stock item, a product at a store, so its events stay
 * in order.
 */
public final class StockKeys {

	private StockKeys() {
	}

	public static String of(UUID productId, UUID storeId) {
		return productId + ":" + storeId;
	}

}
