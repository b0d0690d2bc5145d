package com.jainshikanji.order.stores;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** The order names a store that does not exist. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "unknown-store", title = "Unknown store")
class UnknownStore extends RuntimeException {

	UnknownStore(UUID storeId) {
		super("There is no store " + storeId);
	}

}
