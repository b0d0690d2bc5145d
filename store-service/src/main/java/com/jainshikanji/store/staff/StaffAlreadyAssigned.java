package com.jainshikanji.store.staff;

import java.util.UUID;

/**
 * The user already has a staff record at this store; change that record (e.g. to
 * reactivate it) instead of adding another.
 */
public class StaffAlreadyAssigned extends RuntimeException {

	private final UUID staffId;

	public StaffAlreadyAssigned(UUID userId, UUID storeId, UUID staffId) {
		super("User " + userId + " already has staff record " + staffId + " at store " + storeId);
		this.staffId = staffId;
	}

	public UUID staffId() {
		return this.staffId;
	}

}
