package com.jainshikanji.store.outlet;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No store with this id. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "store-not-found", title = "Store not found")
class StoreNotFound extends RuntimeException {

	StoreNotFound(UUID storeId) {
		super("No store " + storeId);
	}

}
