package com.jainshikanji.common.events.inventory;

import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A product's stock at a store fell to or below its minimum (published when it crosses,
 * not on every change below; also when it comes back from zero into the low range, so
 * listeners learn it is orderable again).
 *
 * @param productId the product
 * @param storeId the store
 * @param currentStock units available to sell: on hand minus those reserved for orders
 * @param minStock the store's minimum for the product
 */
@EventType(name = "StockLow", topic = Topics.INVENTORY)
public record StockLow(UUID productId, UUID storeId, int currentStock, int minStock) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return StockKeys.of(this.productId, this.storeId);
	}

}
