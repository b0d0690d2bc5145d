package com.jainshikanji.common.events.inventory;

import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A product that was out of stock, or low, at a store is back above its minimum.
 *
 * @param productId the product
 * @param storeId the store
 * @param currentStock units available to sell: on hand minus those reserved for orders
 */
@EventType(name = "StockRestocked", topic = Topics.INVENTORY)
public record StockRestocked(UUID productId, UUID storeId, int currentStock) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return StockKeys.of(this.productId, this.storeId);
	}

}
