package com.jainshikanji.analytics.access;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Staff asked for the figures of a store they do not manage. */
@ProblemType(status = HttpStatus.FORBIDDEN, slug = "store-not-managed", title = "Not a store you manage")
class StoreNotManaged extends RuntimeException {

	StoreNotManaged(UUID storeId) {
		super("Only admins and the managers of store " + storeId + " may see its figures");
	}

}
