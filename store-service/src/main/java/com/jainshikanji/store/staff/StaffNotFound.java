package com.jainshikanji.store.staff;

import java.util.UUID;

/** No such staff record at this store. */
public class StaffNotFound extends RuntimeException {

	public StaffNotFound(UUID storeId, UUID staffId) {
		super("No staff record " + staffId + " at store " + storeId);
	}

}
