package com.jainshikanji.store.store;

import java.util.UUID;

/** No store with this id. */
public class StoreNotFound extends RuntimeException {

	public StoreNotFound(UUID storeId) {
		super("No store " + storeId);
	}

}
