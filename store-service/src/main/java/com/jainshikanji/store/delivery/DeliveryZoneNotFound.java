package com.jainshikanji.store.delivery;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No such delivery zone at this store. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "delivery-zone-not-found", title = "Delivery zone not found")
class DeliveryZoneNotFound extends RuntimeException {

	DeliveryZoneNotFound(UUID storeId, UUID zoneId) {
		super("No delivery zone " + zoneId + " at store " + storeId);
	}

}
