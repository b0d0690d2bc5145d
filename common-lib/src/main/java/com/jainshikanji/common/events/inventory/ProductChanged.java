package com.jainshikanji.common.events.inventory;

import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * What the menu shows of a product changed: it was added, changed (details, price,
 * availability, customizations, rating) or archived. Read it again to know what it is
 * now; the event carries no details, so readers never act on a stale copy.
 *
 * @param productId the product
 */
@EventType(name = "ProductChanged", topic = Topics.INVENTORY)
public record ProductChanged(UUID productId) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.productId.toString();
	}

}
