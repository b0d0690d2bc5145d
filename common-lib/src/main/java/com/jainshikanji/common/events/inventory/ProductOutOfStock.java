package com.jainshikanji.common.events.inventory;

import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/** A product's stock at a store reached zero. */
@EventType(name = "ProductOutOfStock", topic = Topics.INVENTORY)
public record ProductOutOfStock(UUID productId, UUID storeId) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return StockKeys.of(this.productId, this.storeId);
	}

}
