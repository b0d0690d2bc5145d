package com.jainshikanji.common.events.store;

import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A user no longer works at a store (removed or deactivated). Their next access token no
 * longer names the store.
 *
 * @param staffId the staff record in the store service
 * @param userId the identity user
 * @param storeId the store
 * @param revision the revision of this user's membership at this store (see
 * {@link StaffAssigned#revision()})
 */
@EventType(name = "StaffUnassigned", topic = Topics.STORE)
public record StaffUnassigned(UUID staffId, UUID userId, UUID storeId, long revision) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.userId.toString();
	}

}
