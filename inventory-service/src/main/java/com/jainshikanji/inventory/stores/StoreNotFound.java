package com.jainshikanji.inventory.stores;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The store service knows no such store, so the inventory keeps nothing for it; the
 * problem names it in {@code storeId}.
 */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "store-not-found", title = "Store not found")
class StoreNotFound extends RuntimeException implements ProblemExtensions {

	private final UUID storeId;

	StoreNotFound(UUID storeId) {
		super("No store " + storeId + ": the store service does not know it");
		this.storeId = storeId;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("storeId", this.storeId);
	}

}
