package com.jainshikanji.common.events.inventory;

import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A menu category was added, changed or deleted; products show their category's name and
 * slug, so the whole menu may read differently.
 *
 * @param categoryId the category
 */
@EventType(name = "CategoryChanged", topic = Topics.INVENTORY)
public record CategoryChanged(UUID categoryId) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.categoryId.toString();
	}

}
