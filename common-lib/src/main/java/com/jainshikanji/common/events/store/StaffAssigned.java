package com.jainshikanji.common.events.store;

import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A user now works at a store. The identity service grants the STAFF role and adds the
 * store to the user's access tokens ({@code store_ids}) from the next token on.
 *
 * @param staffId the staff record in the store service
 * @param userId the identity user (same id as in customer-service)
 * @param storeId the store
 * @param role the job: MANAGER, CHEF, CASHIER, DELIVERY or SUPPORT
 * @param revision the revision of this user's membership at this store, which grows with
 * every change of it; a consumer applies an event only if it is newer than the revision
 * it already applied, so a retried, older event cannot undo a later change
 */
@EventType(name = "StaffAssigned", topic = Topics.STORE)
public record StaffAssigned(UUID staffId, UUID userId, UUID storeId, String role,
		long revision) implements IntegrationEvent {

	/** Keyed by user, so one user's assignments and removals stay in order. */
	@Override
	public String aggregateId() {
		return this.userId.toString();
	}

}
