package com.jainshikanji.store.outlet;

import java.util.UUID;

/**
 * Who manages which store, answered by the staff roster. Declared here and implemented by
 * the staff feature, so stores can check managers without depending on staff.
 */
public interface StoreManagers {

	/** Whether the user has an active MANAGER staff record at the store. */
	boolean isActiveManager(UUID storeId, UUID userId);

}
