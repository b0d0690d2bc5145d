package com.jainshikanji.common.events.inventory;

import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A product's stock at a store fell to or below its minimum (published when it crosses,
 * not on every change below).
 */
@EventType(name = "StockLow", topic = Topics.INVENTORY)
public record StockLow(UUID productId, UUID storeId, int currentStock, int minStock) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return StockKeys.of(this.productId, this.storeId);
	}

}
